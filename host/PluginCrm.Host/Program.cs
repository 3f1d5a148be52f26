return await PluginCrm.Host.Cli.CrmCommandLine.RunAsync(args);
