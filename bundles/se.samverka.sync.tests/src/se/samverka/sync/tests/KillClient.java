package se.samverka.sync.tests;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import se.samverka.store.LocalStore;
import se.samverka.sync.SyncClient;
import se.samverka.sync.SyncReport;
import se.samverka.sync.SyncSettings;

/**
 * A laptop in a process of its own, for {@link KillTest}: opens an encrypted laptop database, makes a trial's
 * offline edits ({@code --seed}) and syncs, telling each step on standard output ({@code EDIT ...}, {@code EDITED},
 * {@code PHASE name millis}, {@code SYNCED millis}) so that the test can kill it at a chosen point. The password of
 * the laptop and of the server is the first line of standard input.
 *
 * <pre>
 * killclient --laptop DIR --user NAME --port PORT --trust FILE [--seed N]
 * </pre>
 */
public final class KillClient implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        List<String> args = new ArrayList<>(Arrays.asList((String[]) context.getArguments()
                .get(IApplicationContext.APPLICATION_ARGS)));
        char[] password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine()
                .toCharArray();
        Bundle self = FrameworkUtil.getBundle(KillClient.class);
        self.start(); // a test bundle is not started by itself; the store's service is looked up through it
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            if (bundle.getSymbolicName().startsWith("se.samverka.store")) {
                bundle.start();
            }
        }
        SyncSettings settings = new SyncSettings("localhost", Integer.parseInt(value(args, "--port")),
                "county", Path.of(value(args, "--trust")));
        String user = value(args, "--user");
        long started = System.nanoTime();
        try (LocalStore laptop = County.stores().open(Path.of(value(args, "--laptop")), password, user)) {
            say("OPENED " + (System.nanoTime() - started) / 1_000_000);
            if (laptop.sync().checkpoint() == 0) {
                SyncReport first = new SyncClient(settings).sync(laptop, user, password);
                say("FIRST-SYNC " + first);
            }
            if (args.contains("--seed")) {
                for (String edit : TrialEdits.make(laptop, Long.parseLong(value(args, "--seed")))) {
                    say(edit);
                }
            }
            say("EDITED");
            long syncStarted = System.nanoTime();
            SyncReport report = new SyncClient(settings).sync(laptop, user, password, () -> false,
                    phase -> say("PHASE " + phase + " " + (System.nanoTime() - syncStarted) / 1_000_000));
            say("SYNCED " + report.millis() + " " + report);
        }
        say("CLOSED");
        return EXIT_OK;
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static String value(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0 || at + 1 >= args.size()) {
            throw new IllegalArgumentException("missing " + name);
        }
        return args.get(at + 1);
    }

    @Override
    public void stop() {
        // Ends by itself.
    }
}
