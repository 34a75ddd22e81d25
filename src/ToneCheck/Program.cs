using ToneCheck.Cli;

return ToneCheckCli.Run(args, CliContext.FromConsole());
