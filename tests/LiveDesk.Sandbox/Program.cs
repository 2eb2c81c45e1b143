// LiveDesk sandbox server: see README.md in this folder and SandboxCli for the options.
return await LiveDesk.Sandbox.SandboxCli.RunAsync(args);
