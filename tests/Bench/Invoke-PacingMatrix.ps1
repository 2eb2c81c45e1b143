#Requires -Version 7.2
<#
.SYNOPSIS
    The pacing matrix: New-LiveDeskContact against each sandbox limiter, fresh and after an earlier
    import on the same connection, as a share of the limit's rate.
.DESCRIPTION
    Run by `dotnet pwsh ./build.ps1 Bench [-Quick] [-Long]` after the build. For every cell: a new connection;
    for the "after" cells first 2,000 rows unthrottled on that same connection (latency 0 or 100 ms); then the
    limiter is set (latency 100 ms, 50 per 1 s or 300 per 6 s; token bucket with burst 10) and rows for ten
    1-second windows or six 6-second windows are imported with the default settings.
    Cells: share of the limit (contacts/s over limit/window), 429s as a share of requests, lost rows.
    Target: every cell >= 90% of the limit and 0 lost rows. -Long adds the true 3,000 per 60 s fixed window
    over four windows. Appends its table to -OutFile.
#>
[CmdletBinding()]
param(
    [string] $OutFile = (Join-Path (Split-Path -Parent (Split-Path -Parent $PSScriptRoot)) 'out/bench.md'),
    [switch] $Quick,
    [switch] $Long,

    # Also print the module's pacing decisions (its -Verbose lines about pace changes) under each cell.
    [switch] $ShowPacing,
    [string] $ModulePath = (Join-Path (Split-Path -Parent (Split-Path -Parent $PSScriptRoot)) 'out/LiveDesk/LiveDesk.psd1')
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$ProgressPreference = 'SilentlyContinue'

$Root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
$ModulePath = [IO.Path]::GetFullPath($ModulePath, (Get-Location).Path)
$Invariant = [System.Globalization.CultureInfo]::InvariantCulture
$InboxId = 407
Import-Module (Join-Path $Root 'tests/Pester/LiveDesk.Sandbox.psm1') -Force
Import-Module $ModulePath -Force

function Format-Number([double] $Value, [string] $Format = 'N0') { $Value.ToString($Format, $Invariant) }

$script:Batch = 0
function New-Rows([int] $Count) {
    # Objects, not a CSV: the matrix measures pacing, and every row is unique across the whole run.
    $script:Batch++
    $tag = '{0}b{1}' -f [DateTime]::UtcNow.ToString('HHmmss', $Invariant), $script:Batch
    for ($i = 1; $i -le $Count; $i++) {
        [pscustomobject]@{ Name = "Pacing $i"; Email = "pace-$tag-$i@example.com"; Identifier = "pace-$tag-$i" }
    }
}

function Invoke-Import([object[]] $Rows, [switch] $Trace) {
    $failed = $null
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    if ($Trace) {
        $Rows | New-LiveDeskContact -InboxId $InboxId -ErrorAction SilentlyContinue -ErrorVariable failed -Verbose 4>&1 |
            Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -notmatch '^(POST|GET|PATCH|Performing|Create contact|Columns:) ' } |
            ForEach-Object { Write-Host ('      {0,6:N1} s  {1}' -f $watch.Elapsed.TotalSeconds, $_.Message) }
    }
    else {
        $Rows | New-LiveDeskContact -InboxId $InboxId -ErrorAction SilentlyContinue -ErrorVariable failed | Out-Null
    }
    $watch.Stop()
    [pscustomobject]@{ Seconds = $watch.Elapsed.TotalSeconds; Failed = @($failed).Count }
}

function Measure-Cell([string] $Limiter, [int] $Limit, [int] $Window, [string] $Before, [int] $Windows) {
    $sandbox = $script:Sandbox
    Connect-LiveDesk -Credential $sandbox.Credential -BaseUri $sandbox.Uri -SkipCredentialCheck
    try {
        if ($Before -ne 'fresh') {
            $latency = if ($Before -eq 'after 0 ms') { 0 } else { 100 }
            $null = Set-LiveDeskSandboxConfig -Sandbox $sandbox -LatencyMs $latency -RateLimit 0
            Reset-LiveDeskSandbox -Sandbox $sandbox
            $null = Invoke-Import @(New-Rows 2000)
        }
        $burst = if ($Limiter -eq 'token-bucket') { 10 } else { 0 }
        $null = Set-LiveDeskSandboxConfig -Sandbox $sandbox -LatencyMs 100 -RateLimit $Limit -RateWindow $Window -Limiter $Limiter -RateBurst $burst
        Reset-LiveDeskSandbox -Sandbox $sandbox
        $rows = @(New-Rows ($Limit * $Windows))
        $run = Invoke-Import $rows -Trace:$ShowPacing
        $stats = Get-LiveDeskSandboxStat -Sandbox $sandbox
    }
    finally {
        Disconnect-LiveDesk
    }
    $created = [int]$stats.contacts
    $share = ($created / [Math]::Max($run.Seconds, 0.001)) / ($Limit / $Window)
    $refusedShare = [double]$stats.rate_limited / [Math]::Max([double]$stats.requests, 1)
    $cell = [pscustomobject]@{
        Limiter = $Limiter; Window = "$Limit per $Window s"; Before = $Before; Rows = $rows.Count; Created = $created
        Lost = $rows.Count - $created; Failed = $run.Failed; Seconds = $run.Seconds; Share = $share
        Requests = [long]$stats.requests; Refused = [long]$stats.rate_limited; RefusedShare = $refusedShare
        Pass = ($share -ge 0.9) -and ($created -eq $rows.Count) -and ($run.Failed -eq 0)
    }
    Write-Host ('  {0,-13} {1,-16} {2,-11} {3,6} rows {4,6} created {5,4} lost {6,7:N1} s  {7,6:P1} of the limit  {8,5:P1} 429s' -f
        $cell.Limiter, $cell.Window, $cell.Before, $cell.Rows, $cell.Created, $cell.Lost, $cell.Seconds, $cell.Share, $cell.RefusedShare)
    $cell
}

$script:Sandbox = Start-LiveDeskSandbox -Inbox $InboxId
$cells = [System.Collections.Generic.List[object]]::new()
$total = [System.Diagnostics.Stopwatch]::StartNew()
try {
    Write-Host 'Pacing matrix (latency 100 ms, default settings)' -ForegroundColor Cyan
    $windows = @(@{ Limit = 50; Window = 1; Count = 10 }, @{ Limit = 300; Window = 6; Count = 6 })
    $befores = if ($Quick) { @('fresh', 'after 0 ms') } else { @('fresh', 'after 0 ms', 'after 100 ms') }
    foreach ($limiter in 'fixed', 'sliding', 'token-bucket') {
        foreach ($w in $windows) {
            foreach ($before in $befores) {
                $count = if ($Quick) { [Math]::Max(5, [int]($w.Count / 2)) } else { $w.Count }
                $cells.Add((Measure-Cell $limiter $w.Limit $w.Window $before $count))
            }
        }
    }
    if ($Long) {
        Write-Host 'Long: 3,000 per 60 s (Chatwoot''s default), four windows' -ForegroundColor Cyan
        $cells.Add((Measure-Cell 'fixed' 3000 60 'fresh' 4))
    }
}
finally {
    Stop-LiveDeskSandbox -Sandbox $script:Sandbox
}
$total.Stop()

$command = 'dotnet pwsh ./build.ps1 Bench' + $(if ($Quick) { ' -Quick' } else { '' }) + $(if ($Long) { ' -Long' } else { '' })
$md = [System.Text.StringBuilder]::new()
$null = $md.AppendLine()
$null = $md.AppendLine('## Pacing matrix')
$null = $md.AppendLine()
$null = $md.AppendLine("Command: ``$command`` (matrix $(Format-Number $total.Elapsed.TotalMinutes 'N1') min). Latency 100 ms, default settings, a new connection per cell; " +
    '"after" = 2,000 rows imported unthrottled on the same connection first (at latency 0 or 100 ms). Target: >= 90% of the limit, 0 lost rows.')
$null = $md.AppendLine()
$null = $md.AppendLine('| Limiter | Limit | Before | Rows | Lost | Seconds | Share of the limit | 429s / requests | Result |')
$null = $md.AppendLine('|---|---|---|---:|---:|---:|---:|---:|---|')
foreach ($c in $cells) {
    $null = $md.AppendLine(('| {0} | {1} | {2} | {3} | {4} | {5} | {6}% | {7} / {8} ({9}%) | {10} |' -f $c.Limiter, $c.Window, $c.Before,
        (Format-Number $c.Rows), (Format-Number $c.Lost), (Format-Number $c.Seconds 'N1'), (Format-Number (100 * $c.Share) 'N1'),
        (Format-Number $c.Refused), (Format-Number $c.Requests), (Format-Number (100 * $c.RefusedShare) 'N1'), $(if ($c.Pass) { 'pass' } else { '**MISS**' })))
}
$report = $md.ToString()
Add-Content -LiteralPath $OutFile -Value $report -Encoding utf8NoBOM
Write-Host $report
exit 0
