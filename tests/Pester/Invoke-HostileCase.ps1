#Requires -Version 5.1
<#
    Runs one case of Hostile.Tests.ps1 in a child PowerShell, so that a case which hangs or overflows the stack
    takes down this process, not the test run. Imports the module, makes $BaseUri, $Proxy and $Credential
    available to the case script, runs it and prints one line: RESULT: {"ErrorIds":[...],"Messages":[...],
    "Targets":[...],"Seconds":n,"Output":[...]} (errors newest first; Output as strings).
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $Case,
    [string] $Proxy = ''
)
$ErrorActionPreference = 'Continue'
Import-Module $ModulePath
$Credential = [pscredential]::new('hostile-key', (ConvertTo-SecureString 'Hostile-Secret-4711' -AsPlainText -Force))
$Error.Clear()
$watch = [System.Diagnostics.Stopwatch]::StartNew()
$output = @()
try {
    $output = @(& ([scriptblock]::Create($Case)))
}
catch {
    # A terminating error: $Error has it already.
    $null = $_
}
$watch.Stop()
$records = @($Error | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
$result = [ordered]@{
    ErrorIds = @($records | ForEach-Object { ($_.FullyQualifiedErrorId -split ',')[0] })
    Messages = @($records | ForEach-Object { $_.Exception.Message })
    Targets  = @($records | ForEach-Object { "$($_.TargetObject)" })
    Seconds  = $watch.Elapsed.TotalSeconds
    Output   = @($output | ForEach-Object { "$_" })
}
'RESULT: ' + (ConvertTo-Json -InputObject $result -Compress -Depth 4)
