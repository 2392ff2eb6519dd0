package se.samverka.model.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the Java code of an Ecore model without a running Eclipse: the standalone equivalent of the IDE's
 * "Reload" of a GenModel from its .ecore followed by "Generate Model Code". The .ecore stays the only source; the
 * GenModel is made here from it, with the settings below.
 *
 * <pre>
 * ModelGenerator &lt;model.ecore&gt; &lt;output folder&gt; &lt;plugin id&gt; &lt;base package&gt; &lt;prefix&gt;
 * </pre>
 *
 * The code is written into {@code <output folder>/src}, the EclipseLink mapping ({@link OrmGenerator}) into
 * {@code <output folder>/src/<package path>/impl/orm.xml}.
 */
public final class ModelGenerator {

    private ModelGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            throw new IllegalArgumentException(
                    "usage: ModelGenerator <model.ecore> <output folder> <plugin id> <base package> <prefix>");
        }
        generate(Path.of(args[0]), Path.of(args[1]), args[2], args[3], args[4]);
    }

    public static void generate(Path ecore, Path output, String pluginId, String basePackage, String prefix)
            throws IOException {
        Files.createDirectories(output);
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel",
                new EcoreResourceFactoryImpl());
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        // The generator writes to platform:/resource/<plugin id>/..., which maps to the output folder.
        EcorePlugin.getPlatformResourceMap().put(pluginId, URI.createFileURI(output.toAbsolutePath() + "/"));

        Resource ecoreResource = resources.getResource(URI.createFileURI(ecore.toAbsolutePath().toString()), true);
        List<EPackage> packages = ecoreResource.getContents().stream().filter(EPackage.class::isInstance)
                .map(EPackage.class::cast).toList();
        if (packages.isEmpty()) {
            throw new IllegalArgumentException(ecore + " holds no EPackage");
        }

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        Resource genResource = resources.createResource(
                URI.createPlatformResourceURI("/" + pluginId + "/model/generated.genmodel", true));
        genResource.getContents().add(genModel);
        genModel.initialize(packages);
        genModel.setModelDirectory("/" + pluginId + "/src");
        genModel.setModelPluginID(pluginId);
        genModel.setModelName(prefix);
        genModel.setComplianceLevel(GenJDKLevel.JDK80_LITERAL);
        genModel.setBundleManifest(false);
        genModel.setUpdateClasspath(false);
        genModel.setCopyrightFields(false);
        genModel.setCopyrightText("Generated from " + ecore.getFileName() + " by the Samverka build. Do not edit.");
        genModel.setCanGenerate(true);
        genModel.setSuppressGenModelAnnotations(true);
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.setBasePackage(basePackage);
            genPackage.setPrefix(prefix);
        }
        var valid = genModel.validate();
        if (!valid.isOK() && valid.getSeverity() >= org.eclipse.core.runtime.IStatus.ERROR) {
            throw new IllegalStateException("The GenModel is not valid: " + valid);
        }

        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("Code generation failed: " + result);
        }
        // The EclipseLink mapping, beside the generated implementation classes it maps (resources in a source
        // folder are packed with the classes).
        for (EPackage ePackage : packages) {
            OrmGenerator.write(ePackage, basePackage, output.resolve("src")
                    .resolve(basePackage.replace('.', '/')).resolve(ePackage.getName()).resolve("impl/orm.xml"));
        }
    }
}
