#Requires -Version 7.2
<#
.SYNOPSIS
    One index build in a fresh PowerShell process, for the index-memory cell of the benchmark.
.DESCRIPTION
    Imports the staged module, connects to the sandbox (which holds the account), and looks up one row that no
    contact has with -MatchBy Index, so the whole account is listed into the matching index. Writes one JSON line:
    seconds, the contacts the sandbox was asked to list, the peak working set before and after (the difference is
    what the index and the pages in flight took at their peak) and the managed heap after the build (the index is
    still referenced by the command then: measured inside it by -Verbose would need a hook, so this is the upper
    bound from the peak). Started by Invoke-Benchmark.ps1 in a child process, like Measure-ImportMemory.ps1, so
    that each measurement starts from the same state.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $ApiSecret,
    [int] $MaximumIndexMB = 4096
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$ProgressPreference = 'SilentlyContinue'

Import-Module $ModulePath -Force
$secret = ConvertTo-SecureString -String $ApiSecret -AsPlainText -Force
Connect-LiveDesk -ApiKey $ApiKey -ApiSecret $secret -BaseUri $BaseUri
# Warm the command path (and the connection's page size) on a lookup that searches, so the peak below is the index's.
$null = Get-LiveDeskContact -Email 'warm-up@example.invalid' -ErrorAction SilentlyContinue

$process = [System.Diagnostics.Process]::GetCurrentProcess()
$process.Refresh()
$before = $process.PeakWorkingSet64
$heapBefore = [GC]::GetTotalMemory($true)

$watch = [System.Diagnostics.Stopwatch]::StartNew()
$null = [pscustomobject]@{ Email = 'nobody@example.invalid' } |
    Get-LiveDeskContact -MatchBy Index -MaximumIndexMB $MaximumIndexMB -ErrorAction SilentlyContinue -WarningVariable indexWarnings
$watch.Stop()

$process.Refresh()
[pscustomobject]@{
    Seconds              = $watch.Elapsed.TotalSeconds
    Warnings             = @($indexWarnings).Count
    PeakWorkingSetBefore = $before
    PeakWorkingSet       = $process.PeakWorkingSet64
    ManagedHeapBefore    = $heapBefore
} | ConvertTo-Json -Compress
