package se.samverka.core.internal;

import java.nio.file.Path;

import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.core.ProductVersion;
import se.samverka.core.SamverkaEnvironment;

/**
 * The environment of the running installation. The data folder is the OSGi instance area, which the start
 * script sets to the per-user folder of the platform ({@code -data}).
 */
@Component(service = SamverkaEnvironment.class)
public final class EnvironmentComponent implements SamverkaEnvironment {

    private final Path dataDirectory;
    private final ProductVersion version;

    @Activate
    public EnvironmentComponent(@Reference(name = "instanceLocation", target = "(type=osgi.instance.area)") Location instanceLocation) {
        if (instanceLocation.getURL() == null) {
            throw new IllegalStateException("No data folder is set (start Samverka with -data <folder>)");
        }
        this.dataDirectory = FileLocations.toPath(instanceLocation.getURL());
        this.version = ProductVersion.of(FrameworkUtil.getBundle(EnvironmentComponent.class).getVersion());
    }

    @Override
    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public ProductVersion version() {
        return version;
    }

    @Override
    public String javaRuntime() {
        return JavaRuntimes.describe(System.getProperties());
    }
}
