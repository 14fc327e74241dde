using System.CommandLine;
using TheoDoi.Cli;
using TheoDoi.Data;

// `theodoi serve | migrate | user …` — see README.md and `theodoi --help`.
try
{
    return await CommandLine.Create().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (MigrationLockTimeoutException timeout)
{
    // A clear message and exit code 1, not a stack trace.
    await Console.Error.WriteLineAsync(timeout.Text.Vi);
    await Console.Error.WriteLineAsync(timeout.Text.En);
    return 1;
}
catch (OperationCanceledException)
{
    return 130; // Ctrl+C
}
catch (Exception exception)
{
    // What System.CommandLine's default handler does.
    await Console.Error.WriteLineAsync("Unhandled exception: " + exception);
    return 1;
}
