package se.samverka.server.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import se.samverka.demo.CountyData;
import se.samverka.demo.DemoCounty;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.Person;
import se.samverka.model.sync.Role;
import se.samverka.server.CountyAdmin;
import se.samverka.server.CountyServer;
import se.samverka.server.ServerConfig;
import se.samverka.server.ServerException;

/**
 * The county server's command line.
 *
 * <pre>
 * samverka-server start [--demo]           start the server (with --demo: demo county and users on a new database)
 * samverka-server users                    list the users
 * samverka-server user-add NAME --role county|trainer|coordinator [--municipality ID] [--person ID]
 * samverka-server user-password NAME       set a new password (asked for; also enables a disabled user)
 * samverka-server user-disable NAME        the user can no longer sign in or sync
 * samverka-server backup                   online backup into backups/ (the server may be running)
 * samverka-server restore FOLDER           replace the database by a backup (the server must be stopped)
 * samverka-server verify CODE              is a course certificate with this code valid? (exit 0 yes, 1 no, 2 usage)
 * </pre>
 * Options for every command: {@code --folder DIR} (default: the current directory's {@code county-server}),
 * {@code --host}, {@code --port} (default localhost:1527). Passwords are read from the console, or from standard
 * input when there is none (one per line). The administration commands talk to a running server over TLS as the
 * database owner, or open the database directly when the server is stopped.
 */
public final class ServerCommand implements IApplication {

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final PrintStream out = System.out;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> arguments = new ArrayList<>(Arrays.asList(args == null ? new String[0] : args));
        try {
            return run(arguments);
        } catch (ServerException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    private Object run(List<String> arguments) throws Exception {
        Path folder = Path.of(option(arguments, "--folder", "county-server")).toAbsolutePath();
        String host = option(arguments, "--host", "localhost");
        int port = Integer.parseInt(option(arguments, "--port", "1527"));
        boolean demo = arguments.remove("--demo");
        ServerConfig config = ServerSettings.load(folder, host, port);
        // Before Derby boots in this process: only the owner reaches the engine other than through the county
        // database's own authentication.
        CountyServer.guardEngine(config);
        String command = arguments.isEmpty() ? "help" : arguments.remove(0);
        switch (command) {
        case "start" -> {
            return serve(config, demo);
        }
        case "users" -> admin(config).users().forEach(out::println);
        case "user-add" -> {
            String name = required(arguments, "a user name");
            Role role = Role.valueOf(option(arguments, "--role", "").toUpperCase(Locale.ROOT));
            admin(config).createUser(name, password("Lösenord för " + name), role,
                    option(arguments, "--municipality", null), option(arguments, "--person", null));
            out.println("Användaren " + name + " är skapad (" + role + ").");
        }
        case "user-password" -> {
            String name = required(arguments, "a user name");
            admin(config).resetPassword(name, password("Nytt lösenord för " + name));
            out.println("Lösenordet för " + name + " är bytt.");
        }
        case "user-disable" -> {
            String name = required(arguments, "a user name");
            admin(config).disableUser(name);
            out.println(name + " kan inte längre logga in eller synka.");
        }
        case "backup" -> out.println("Säkerhetskopia: " + admin(config).backup());
        case "restore" -> {
            if (running(config)) {
                throw new IllegalArgumentException("Stoppa servern innan en säkerhetskopia läses tillbaka.");
            }
            CountyServer.restore(config, Path.of(required(arguments, "the backup folder")));
            out.println("Databasen är återställd från säkerhetskopian.");
        }
        case "verify" -> {
            return VerifyCommand.run(() -> admin(config), arguments, LocalDate.now(), out, System.err);
        }
        default -> out.println("""
                samverka-server start [--demo]
                samverka-server users
                samverka-server user-add NAME --role county|trainer|coordinator [--municipality ID] [--person ID]
                samverka-server user-password NAME
                samverka-server user-disable NAME
                samverka-server backup
                samverka-server restore FOLDER
                samverka-server verify CODE
                Options: --folder DIR (default ./county-server), --host HOST, --port PORT (default localhost 1527)""");
        }
        return IApplication.EXIT_OK;
    }

    private Object serve(ServerConfig config, boolean demo) throws Exception {
        boolean fresh = !java.nio.file.Files.exists(config.folder().resolve(ServerConfig.DATABASE));
        CountyServer server = CountyServer.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        if (demo && fresh) {
            loadDemo(server.admin());
        }
        out.println("Samverka länsserver på " + config.host() + ":" + config.port() + " (TLS), databas "
                + ServerConfig.DATABASE + " i " + config.folder());
        out.println("Datorerna litar på serverns certifikat i " + config.trustStore() + ".");
        out.println("Stoppa med Ctrl+C.");
        stopped.await();
        return IApplication.EXIT_OK;
    }

    /** The demo county and one user of each role, all with the password {@code samverka-demo}. */
    private void loadDemo(CountyAdmin admin) throws ServerException {
        CountyData data = DemoCounty.generate(LocalDate.now());
        admin.seed(data.all());
        Organisation municipality = data.organisations.stream()
                .filter(o -> o.getKind() == OrganisationKind.MUNICIPALITY).findFirst().orElseThrow();
        Person trainer = data.offerings.stream().flatMap(o -> o.getTrainers().stream()).findFirst().orElseThrow();
        char[] password = "samverka-demo".toCharArray();
        admin.createUser("lan", password, Role.COUNTY, null, null);
        admin.createUser("samordnare", password, Role.COORDINATOR, municipality.getId(), null);
        admin.createUser("utbildare", password, Role.TRAINER, null, trainer.getId());
        out.println("Demolänet är inläst: " + data.all().size() + " poster. Användare (lösenord samverka-demo): "
                + "lan (länsstyrelsen), samordnare (" + municipality.getName() + "), utbildare ("
                + trainer.getFirstName() + " " + trainer.getLastName() + ").");
    }

    private static CountyAdmin admin(ServerConfig config) throws ServerException {
        if (running(config)) {
            return CountyAdmin.remote(config);
        }
        return CountyServer.open(config);
    }

    private static boolean running(ServerConfig config) {
        try (Socket ignored = new Socket(config.host(), config.port())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static char[] password(String prompt) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("%s: ", prompt);
            char[] again = console.readPassword("Samma lösenord igen: ");
            if (!Arrays.equals(first, again)) {
                throw new IllegalArgumentException("Lösenorden är olika.");
            }
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in)).readLine();
        if (line == null || line.length() < 8) {
            throw new IllegalArgumentException("Ett lösenord har minst 8 tecken.");
        }
        return line.toCharArray();
    }

    private static String option(List<String> arguments, String name, String fallback) {
        int at = arguments.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= arguments.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        String value = arguments.remove(at + 1);
        arguments.remove(at);
        return value;
    }

    private static String required(List<String> arguments, String what) {
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException("Missing " + what + ".");
        }
        return arguments.remove(0);
    }

    @Override
    public void stop() {
        stopped.countDown();
    }
}
