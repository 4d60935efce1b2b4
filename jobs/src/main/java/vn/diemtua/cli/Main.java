package vn.diemtua.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one entry point, locally ({@code scripts/diemtua}) and under {@code spark-submit}.
 */
@Command(name = "diemtua", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Điểm Tựa: commune police monthly submissions into Delta tables, metrics and the conference pack.",
        subcommands = {
                IngestCommand.class,
                MetricsCommand.class,
                SqlCommand.class,
                ReportCommand.class,
                GenerateCommand.class,
                ExtractCommand.class,
                MaintainCommand.class,
                RunCommand.class,
                DemoCommand.class,
                LockCommand.class,
                UnlockCommand.class,
        })
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code, without exiting (for tests and {@code run}). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UsageException) {
                commandLine.getErr().println("error: " + e.getMessage());
                return ExitCode.USAGE;
            }
            commandLine.getErr().println("failed: " + e.getMessage());
            e.printStackTrace(commandLine.getErr());
            return ExitCode.FAILED;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    /** The program version from the jar's manifest (recorded in extracts). */
    public static String programVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"diemtua " + programVersion()};
        }
    }
}
