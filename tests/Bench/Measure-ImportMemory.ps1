#Requires -Version 7.2
<#
.SYNOPSIS
    One import in a fresh PowerShell process, for the memory scenario of the benchmark.
.DESCRIPTION
    Imports the staged module, connects to the sandbox, pipes the CSV through New-LiveDeskContact to Out-Null
    and writes one JSON line: rows, created, failed, seconds, peak working set and the managed heap at the end.
    Started by Invoke-Benchmark.ps1 in a child process so that each measurement starts from the same state.
    The reading-cost scenario also uses it to time two builds of the module side by side: -WarmUpCsvPath is
    imported first (unmeasured) so the timed run does not pay for JIT, and -ThrottleLimit 1 makes the time
    the per-row cost.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $ApiSecret,
    [Parameter(Mandatory)] [string] $CsvPath,
    [long] $InboxId = 407,
    [int] $ThrottleLimit = 0,
    [string] $WarmUpCsvPath
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$ProgressPreference = 'SilentlyContinue'

Import-Module $ModulePath -Force
$secret = ConvertTo-SecureString -String $ApiSecret -AsPlainText -Force
Connect-LiveDesk -ApiKey $ApiKey -ApiSecret $secret -BaseUri $BaseUri

$extra = @{}
if ($ThrottleLimit -gt 0) { $extra.ThrottleLimit = $ThrottleLimit }
if ($WarmUpCsvPath) {
    Import-Csv -LiteralPath $WarmUpCsvPath | New-LiveDeskContact -InboxId $InboxId @extra -ErrorAction SilentlyContinue | Out-Null
}

$process = [System.Diagnostics.Process]::GetCurrentProcess()
$process.Refresh()
$before = $process.PeakWorkingSet64

$failed = 0
$cpuBefore = $process.TotalProcessorTime
$watch = [System.Diagnostics.Stopwatch]::StartNew()
Import-Csv -LiteralPath $CsvPath |
    New-LiveDeskContact -InboxId $InboxId @extra -ErrorAction SilentlyContinue -ErrorVariable importErrors |
    Out-Null
$watch.Stop()
$failed = @($importErrors).Count

$process.Refresh()
[pscustomobject]@{
    Seconds                = $watch.Elapsed.TotalSeconds
    CpuSeconds             = ($process.TotalProcessorTime - $cpuBefore).TotalSeconds
    Failed                 = $failed
    PeakWorkingSetBefore   = $before
    PeakWorkingSet         = $process.PeakWorkingSet64
    WorkingSet             = $process.WorkingSet64
    ManagedHeapAfter       = [GC]::GetTotalMemory($false)
    Gen2Collections        = [GC]::CollectionCount(2)
} | ConvertTo-Json -Compress
