return await PluginCrm.Host.Hosting.CommandLine.CrmCommandLine.RunAsync(args);
