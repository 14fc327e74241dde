using TheoDoi.Cli;

// `theodoi serve | migrate | user …` — see README.md and `theodoi --help`.
return await CommandLine.Create().Parse(args).InvokeAsync();
