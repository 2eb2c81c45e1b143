#Requires -Version 7.2
<#
.SYNOPSIS
    The benchmark of New-LiveDeskContact against the sandbox: throughput under a rate limit, under latency,
    per-row overhead and memory, each next to the naive Invoke-RestMethod baselines.
.DESCRIPTION
    Run by `dotnet pwsh ./build.ps1 Bench [-Quick]` after the build (the staged module in out/LiveDesk and the
    built sandbox are required). Starts one sandbox, then for every measured run generates a CSV with unique
    e-mails and identifiers (out/bench/), resets the sandbox, sets its knobs and imports the CSV:

      1. Rate-limited: latency 100 ms, limit 50 requests/s. Target (defaults): >= 45 contacts/s, 0 failed,
         429 answers < 10% of requests.
      2. Latency-bound: latency 100 ms, no limit, -ThrottleLimit 16. Target: >= 144 contacts/s (90% of 160).
      3. Overhead: latency 0, no limit; -ThrottleLimit 1 and the default, as ratios to the Invoke-RestMethod
         loop of the same run. Target: >= 2x the loop at -ThrottleLimit 1.
      4. Baselines in 1 and 2: the Invoke-RestMethod loop and ForEach-Object -Parallel -ThrottleLimit 8.
      5. Memory: peak working set of a fresh pwsh importing 100,000 rows vs 10,000 rows (latency 0, to
         Out-Null). Target: < 25 MB more.
      6. Re-run: Chatwoot's limits scaled to a 6 s window (300 requests per 6 s overall, 10 searches per 6 s),
         latency 100 ms; the account holds 12,000 contacts (seeded through /_sandbox/seed); the input is 10,000 of
         them (200 with a changed name) plus 500 new rows, imported with -IfExists Skip and with -IfExists Update
         (default -MatchBy Auto), each from the same seeded state. Target: each <= 60 s, 0 failed, exactly 200
         PATCHes for Update. Plus the memory of the matching index for 100,000 contacts.
      7. Bulk update: latency 100 ms, no limit, defaults; 300 rows through New-LiveDeskContact, then the 300 contacts
         it wrote piped into Set-LiveDeskContact -CustomAttribute @{ plan = 'gold' }, in the same run. Target: the
         updates take at most 1.5 times as long as the creates (both run on the one import engine).
      9. Reading cost (only with -BaselineModulePath): the per-row cost of this build against another build of the
         module (say, the commit before a change to how rows are read), each in a fresh pwsh, -ThrottleLimit 1,
         latency 0, 10,000 rows after a 300-row warm-up, three times in turn. Target: this build's time within
         10% of the baseline's (the median of each).
     10. Faults (-Scenario Faults): 3,000 rows under 200/s (fixed window) at 20 ms, defaults, where creates are
         answered 500 before storing and 500 after storing at x each and connections dropped at 2x/3, for x = 0,
         1% and 3% in the same run. Target: 1% >= 85% and 3% >= 70% of the fault-free rate; every row stored once
         and emitted once, in input order.
     11. Far away (-Scenario RoundTrip): 1,500 rows under 50/s (fixed window) at 300 ms and at 500 ms latency,
         defaults (requests in flight follow the round trip). Target: >= 90% of the limit.

     12. Capacity (CapacityCells.ps1): latency 100 ms, a connection that learned 50/s imports with the limit lifted
         (target >= 110/s over 1,600 rows at -ThrottleLimit 16), lifted / tripled / halved after 500 requests (the
         sandbox's rate_limit_later; ratio to the ideal time), and two jobs in two processes sharing 50/s (B joins
         after 8 s, then leaves) under the fixed and the sliding window (target >= 90% whole run and for the job left alone).

    -Scenario picks some of them (default: all).

    The naive loop needs 0.1 s a row at 100 ms latency, so in scenarios 1 and 2 it runs on fewer rows (its
    rate does not depend on the count). Prints the results as markdown and writes them to -OutFile.
    Exits 0 even when a target is missed; missed targets are marked MISS.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/Bench/Invoke-Benchmark.ps1 -OutFile out/bench.md -Quick
#>
[CmdletBinding()]
param(
    [string] $OutFile = (Join-Path (Split-Path -Parent (Split-Path -Parent $PSScriptRoot)) 'out/bench.md'),

    # About 10x fewer rows everywhere, for trying the benchmark out.
    [switch] $Quick,

    # The scenarios to run; by default all of them.
    [ValidateSet('All', 'RateLimited', 'LatencyBound', 'Overhead', 'Memory', 'Rerun', 'BulkUpdate', 'IndexPeak', 'ReadingCost', 'Faults', 'RoundTrip', 'Capacity')]
    [string[]] $Scenario = @('All'),

    # Another build of the module to compare the per-row cost with (scenario 9); build.ps1 Bench -Baseline builds one.
    [string] $BaselineModulePath,

    # The module to measure; by default the staged build in out/LiveDesk.
    [string] $ModulePath = (Join-Path (Split-Path -Parent (Split-Path -Parent $PSScriptRoot)) 'out/LiveDesk/LiveDesk.psd1')
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$ProgressPreference = 'SilentlyContinue'

$Root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
$ModulePath = [IO.Path]::GetFullPath($ModulePath, (Get-Location).Path)
if ($BaselineModulePath) { $BaselineModulePath = [IO.Path]::GetFullPath($BaselineModulePath, (Get-Location).Path) }
$CsvFolder = Join-Path $Root 'out/bench'
$InboxId = 407
$Invariant = [System.Globalization.CultureInfo]::InvariantCulture

if (-not (Test-Path -LiteralPath $ModulePath)) { throw "The staged module '$ModulePath' is missing: run ./build.ps1 Build first." }
Import-Module (Join-Path $Root 'tests/Pester/LiveDesk.Sandbox.psm1') -Force
Import-Module (Join-Path $Root 'build/LiveDesk.BuildTools.psm1') -Force
Import-Module $ModulePath -Force
. (Join-Path $PSScriptRoot 'CapacityCells.ps1')

$scale = if ($Quick) { 10 } else { 1 }
$Rows = @{
    RateLimited   = 2000 / $scale
    LatencyBound  = 2000 / $scale
    LatencyLoop   = [Math]::Max(30, 200 / $scale)   # the naive loop at 100 ms latency: 10 rows/s at best
    Overhead      = 10000 / $scale
    MemorySmall   = 10000 / $scale
    MemoryLarge   = 100000 / $scale
    WarmUp        = 300
    RerunAccount  = 12000 / $scale
    RerunExisting = 10000 / $scale
    RerunChanged  = 200 / $scale
    RerunNew      = 500 / $scale
    IndexMemory   = 100000
    IndexPeak     = @((100000 / $scale), (500000 / $scale))
    BulkUpdate    = 300
    Faults        = 3000 / $scale
    RoundTrip     = 1500 / $scale
}

function Test-Scenario([string] $Name) { ($Scenario -contains 'All') -or ($Scenario -contains $Name) }

# ---------------------------------------------------------------------------------------------------------
# helpers

$script:RunNumber = 0
$script:RunTag = [DateTime]::UtcNow.ToString('yyyyMMddHHmmss', $Invariant)

function Format-Number([double] $Value, [string] $Format = 'N0') { $Value.ToString($Format, $Invariant) }

function New-BenchCsv([int] $Count, [string] $Label) {
    # Unique e-mails and identifiers per run, so runs never collide even without a reset.
    $script:RunNumber++
    $tag = '{0}r{1}' -f $script:RunTag, $script:RunNumber
    $path = Join-Path $CsvFolder "$tag-$Label-$Count.csv"
    $writer = [System.IO.StreamWriter]::new($path, $false, [System.Text.UTF8Encoding]::new($false))
    try {
        $writer.WriteLine('name,email,identifier')
        for ($i = 1; $i -le $Count; $i++) {
            $writer.WriteLine("Bench Contact $i,bench-$tag-$i@example.com,bench-$tag-$i")
        }
    }
    finally { $writer.Dispose() }
    $path
}

function Set-Sandbox([int] $LatencyMs, [int] $RateLimit) {
    $null = Set-LiveDeskSandboxConfig -Sandbox $script:Sandbox -LatencyMs $LatencyMs -RateLimit $RateLimit -FailRate 0 -FailAfterCommitRate 0 -DropRate 0
    Reset-LiveDeskSandbox -Sandbox $script:Sandbox
}

function Complete-Run([hashtable] $Run, [double] $Seconds, [int] $Failed, [int] $Lost429) {
    $stats = Get-LiveDeskSandboxStat -Sandbox $script:Sandbox
    $created = [int]$stats.contacts
    [pscustomobject]@{
        Scenario      = $Run.Scenario
        Method        = $Run.Method
        Rows          = $Run.Rows
        Created       = $created
        Failed        = $Failed
        Lost429       = $Lost429
        Requests      = [long]$stats.requests
        RateLimited   = [long]$stats.rate_limited
        Seconds       = $Seconds
        Rate          = if ($Seconds -gt 0) { $created / $Seconds } else { 0 }
        Target        = ''
        Pass          = $null
    }
}

# Every import starts from a fresh connection so the pacing learned in one run never carries into the next.
function Measure-Module([hashtable] $Run, [int] $ThrottleLimit) {
    $csv = New-BenchCsv $Run.Rows 'module'
    Connect-LiveDesk -Credential $script:Sandbox.Credential -BaseUri $script:Sandbox.Uri -SkipCredentialCheck
    Set-Sandbox -LatencyMs $Run.LatencyMs -RateLimit $Run.RateLimit
    $extra = @{}
    if ($ThrottleLimit -gt 0) { $extra.ThrottleLimit = $ThrottleLimit }
    $importErrors = $null
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    Import-Csv -LiteralPath $csv |
        New-LiveDeskContact -InboxId $InboxId @extra -ErrorAction SilentlyContinue -ErrorVariable importErrors |
        Out-Null
    $watch.Stop()
    $errors = @($importErrors)
    $lost = @($errors | Where-Object { "$($_.FullyQualifiedErrorId)" -like 'LiveDesk.RateLimitExceeded*' }).Count
    Disconnect-LiveDesk
    Complete-Run $Run $watch.Elapsed.TotalSeconds $errors.Count $lost
}

# Scenario 7: creates, then updates of the same contacts, each on a fresh connection; rows as the results table has them.
function Measure-BulkUpdate([int] $Count) {
    $csv = New-BenchCsv $Count 'update'
    $run = @{ Scenario = '7. Bulk update'; Rows = $Count; LatencyMs = 100; RateLimit = 0 }
    Set-Sandbox -LatencyMs $run.LatencyMs -RateLimit $run.RateLimit
    Connect-LiveDesk -Credential $script:Sandbox.Credential -BaseUri $script:Sandbox.Uri -SkipCredentialCheck
    $newErrors = $null
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $contacts = @(Import-Csv -LiteralPath $csv | New-LiveDeskContact -InboxId $InboxId -ErrorAction SilentlyContinue -ErrorVariable newErrors)
    $watch.Stop()
    $create = Complete-Run ($run + @{ Method = 'New-LiveDeskContact (defaults)' }) $watch.Elapsed.TotalSeconds @($newErrors).Count 0
    Disconnect-LiveDesk

    Connect-LiveDesk -Credential $script:Sandbox.Credential -BaseUri $script:Sandbox.Uri -SkipCredentialCheck
    $before = Get-LiveDeskSandboxStat -Sandbox $script:Sandbox
    $setErrors = $null
    $watch.Restart()
    $contacts | Set-LiveDeskContact -CustomAttribute @{ plan = 'gold' } -ErrorAction SilentlyContinue -ErrorVariable setErrors | Out-Null
    $watch.Stop()
    $after = Get-LiveDeskSandboxStat -Sandbox $script:Sandbox
    Disconnect-LiveDesk
    $seconds = $watch.Elapsed.TotalSeconds
    $updated = [int]$after.updates - [int]$before.updates
    $ratio = $seconds / [Math]::Max($create.Seconds, 0.001)
    $update = [pscustomobject]@{
        Scenario    = $run.Scenario
        Method      = "Set-LiveDeskContact -CustomAttribute (defaults), the $($contacts.Count) created"
        Rows        = $contacts.Count
        Created     = $updated
        Failed      = @($setErrors).Count
        Lost429     = @($setErrors | Where-Object { "$($_.FullyQualifiedErrorId)" -like 'LiveDesk.RateLimitExceeded*' }).Count
        Requests    = [long]$after.requests - [long]$before.requests
        RateLimited = [long]$after.rate_limited - [long]$before.rate_limited
        Seconds     = $seconds
        Rate        = if ($seconds -gt 0) { $updated / $seconds } else { 0 }
        Target      = '{0}x the creates'' time (target <= 1.5x)' -f (Format-Number $ratio 'N2')
        Pass        = ($ratio -le 1.5) -and ($updated -eq $Count) -and (@($setErrors).Count -eq 0) -and ($create.Created -eq $Count)
    }
    $create.Target = '1.00x (reference)'
    $create, $update
}

function Get-BenchHeaders {
    $pair = '{0}:{1}' -f $script:Sandbox.ApiKey, $script:Sandbox.ApiSecret
    @{ Authorization = 'Basic ' + [Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes($pair)) }
}

# The naive baseline: one Invoke-RestMethod per row, no retries (a 429 is a lost row).
function Measure-Loop([hashtable] $Run) {
    $csv = New-BenchCsv $Run.Rows 'loop'
    Set-Sandbox -LatencyMs $Run.LatencyMs -RateLimit $Run.RateLimit
    $uri = "$($script:Sandbox.Uri)/api/v2/accounts/contacts"
    $headers = Get-BenchHeaders
    $failed = 0; $lost = 0
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    Import-Csv -LiteralPath $csv | ForEach-Object {
        $body = @{ inbox_id = $InboxId; name = $_.name; email = $_.email; identifier = $_.identifier } | ConvertTo-Json -Compress
        try {
            $null = Invoke-RestMethod -Method Post -Uri $uri -Headers $headers -ContentType 'application/json' -Body $body -NoProxy
        }
        catch {
            $failed++
            $response = $_.Exception.PSObject.Properties['Response']
            if ($response -and $response.Value -and [int]$response.Value.StatusCode -eq 429) { $lost++ }
        }
    }
    $watch.Stop()
    Complete-Run $Run $watch.Elapsed.TotalSeconds $failed $lost
}

# The PowerShell 7 idiom: ForEach-Object -Parallel with Invoke-RestMethod, no retries.
function Measure-Parallel([hashtable] $Run, [int] $ThrottleLimit = 8) {
    $csv = New-BenchCsv $Run.Rows 'parallel'
    Set-Sandbox -LatencyMs $Run.LatencyMs -RateLimit $Run.RateLimit
    $uri = "$($script:Sandbox.Uri)/api/v2/accounts/contacts"
    $headers = Get-BenchHeaders
    $inbox = $InboxId
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $outcomes = Import-Csv -LiteralPath $csv | ForEach-Object -ThrottleLimit $ThrottleLimit -Parallel {
        $body = @{ inbox_id = $using:inbox; name = $_.name; email = $_.email; identifier = $_.identifier } | ConvertTo-Json -Compress
        try {
            $null = Invoke-RestMethod -Method Post -Uri $using:uri -Headers $using:headers -ContentType 'application/json' -Body $body -NoProxy
            'ok'
        }
        catch {
            $response = $_.Exception.PSObject.Properties['Response']
            if ($response -and $response.Value -and [int]$response.Value.StatusCode -eq 429) { '429' } else { 'failed' }
        }
    }
    $watch.Stop()
    $lost = @($outcomes | Where-Object { $_ -eq '429' }).Count
    $failed = @($outcomes | Where-Object { $_ -ne 'ok' }).Count
    Complete-Run $Run $watch.Elapsed.TotalSeconds $failed $lost
}

function Measure-Memory([int] $Count) {
    $csv = New-BenchCsv $Count 'memory'
    Set-Sandbox -LatencyMs 0 -RateLimit 0
    $child = Invoke-ChildPwsh -ScriptPath (Join-Path $PSScriptRoot 'Measure-ImportMemory.ps1') -TimeoutSec 0 -ArgumentList @(
        '-ModulePath', $ModulePath, '-BaseUri', $script:Sandbox.Uri, '-ApiKey', $script:Sandbox.ApiKey, '-ApiSecret', $script:Sandbox.ApiSecret,
        '-CsvPath', $csv, '-InboxId', [string]$InboxId)
    if ($child.ExitCode -ne 0) { throw "The memory run with $Count rows failed (exit code $($child.ExitCode)): $($child.Output -join "`n")" }
    $line = @($child.StandardOutput | Where-Object { "$_".StartsWith('{') })[-1]
    $result = $line | ConvertFrom-Json
    $stats = Get-LiveDeskSandboxStat -Sandbox $script:Sandbox
    [pscustomobject]@{
        Rows            = $Count
        Created         = [int]$stats.contacts
        Failed          = [int]$result.Failed
        Seconds         = [double]$result.Seconds
        Rate            = [int]$stats.contacts / [Math]::Max([double]$result.Seconds, 0.001)
        PeakWorkingSet  = [long]$result.PeakWorkingSet
        PeakBefore      = [long]$result.PeakWorkingSetBefore
        ManagedHeap     = [long]$result.ManagedHeapAfter
    }
}

# Scenario 9: one timed import of $Csv by the build at $Path in a fresh pwsh, after an unmeasured warm-up.
function Measure-ChildImport([string] $Path, [string] $Csv, [string] $WarmUpCsv) {
    Set-Sandbox -LatencyMs 0 -RateLimit 0
    $child = Invoke-ChildPwsh -ScriptPath (Join-Path $PSScriptRoot 'Measure-ImportMemory.ps1') -TimeoutSec 0 -ArgumentList @(
        '-ModulePath', $Path, '-BaseUri', $script:Sandbox.Uri, '-ApiKey', $script:Sandbox.ApiKey, '-ApiSecret', $script:Sandbox.ApiSecret,
        '-CsvPath', $Csv, '-InboxId', [string]$InboxId, '-ThrottleLimit', '1', '-WarmUpCsvPath', $WarmUpCsv)
    if ($child.ExitCode -ne 0) { throw "The timed import by '$Path' failed (exit code $($child.ExitCode)): $($child.Output -join "`n")" }
    $result = @($child.StandardOutput | Where-Object { "$_".StartsWith('{') })[-1] | ConvertFrom-Json
    if ([int]$result.Failed -ne 0) { throw "The timed import by '$Path' failed $($result.Failed) rows." }
    [double]$result.Seconds
}

function Measure-ReadingCost([int] $Count, [int] $Rounds = 5) {
    $warmUp = New-BenchCsv $Rows.WarmUp 'warm'
    $csv = New-BenchCsv $Count 'reading'
    $times = @{ This = [System.Collections.Generic.List[double]]::new(); Baseline = [System.Collections.Generic.List[double]]::new() }
    for ($round = 1; $round -le $Rounds; $round++) {
        # Alternating, so a slower stretch of a shared machine falls on both builds.
        foreach ($which in @('Baseline', 'This')) {
            $path = if ($which -eq 'This') { $ModulePath } else { $BaselineModulePath }
            $seconds = Measure-ChildImport $path $csv $warmUp
            $times[$which].Add($seconds)
            Write-Host ('  round {0}, {1,-8}: {2:N2} s ({3:N0} rows/s)' -f $round, $which, $seconds, ($Count / $seconds))
        }
    }
    $median = { param($list) $sorted = @($list | Sort-Object); $sorted[[int][Math]::Floor($sorted.Count / 2)] }
    [pscustomobject]@{
        Rows     = $Count
        This     = & $median $times.This
        Baseline = & $median $times.Baseline
        AllThis  = @($times.This)
        AllBase  = @($times.Baseline)
    }
}

# Scenario 6: the account's contacts (seeded, uncounted) and the nightly file: existing rows, some renamed, and new ones.
function New-RerunInput {
    $script:RunNumber++
    $tag = '{0}r{1}' -f $script:RunTag, $script:RunNumber
    $contacts = [System.Collections.Generic.List[object]]::new()
    for ($i = 1; $i -le $Rows.RerunAccount; $i++) {
        $contacts.Add(@{ name = "Rerun Contact $i"; email = "rerun-$tag-$i@example.com"; phone_number = '+1512{0:0000000}' -f $i; identifier = "rerun-$tag-$i" })
    }
    $path = Join-Path $CsvFolder "$tag-rerun.csv"
    $writer = [System.IO.StreamWriter]::new($path, $false, [System.Text.UTF8Encoding]::new($false))
    try {
        $writer.WriteLine('name,email,phone_number,identifier')
        $every = [Math]::Max(1, [int]($Rows.RerunExisting / $Rows.RerunChanged))
        $perNew = [Math]::Max(1, [int]($Rows.RerunExisting / $Rows.RerunNew))
        $new = 0
        for ($i = 1; $i -le $Rows.RerunExisting; $i++) {
            $c = $contacts[$i - 1]
            $name = if ($i % $every -eq 0) { "Renamed Contact $i" } else { $c.name }
            $writer.WriteLine("$name,$($c.email),$($c.phone_number),$($c.identifier)")
            if ($i % $perNew -eq 0 -and $new -lt $Rows.RerunNew) {
                $new++
                $n = $Rows.RerunAccount + $new
                $writer.WriteLine(('New Contact {0},rerun-{1}-{0}@example.com,+1512{0:0000000},rerun-{1}-{0}' -f $n, $tag))
            }
        }
    }
    finally { $writer.Dispose() }
    [pscustomobject]@{ Contacts = $contacts.ToArray(); Csv = $path }
}

# MaxPageSize: the largest page_size the sandbox honours (0: ignores it, like Chatwoot); a new connection asks once.
function Measure-Rerun([string] $IfExists, [int] $MaxPageSize = 0) {
    $rerunInput = New-RerunInput
    Connect-LiveDesk -Credential $script:Sandbox.Credential -BaseUri $script:Sandbox.Uri -SkipCredentialCheck
    $null = Set-LiveDeskSandboxConfig -Sandbox $script:Sandbox -LatencyMs 100 -RateLimit 300 -RateWindow 6 -SearchRateLimit 10 -SearchRateWindow 6 -FailRate 0 -FailAfterCommitRate 0 -DropRate 0 -MaxPageSize $MaxPageSize
    Reset-LiveDeskSandbox -Sandbox $script:Sandbox
    $seeded = Add-LiveDeskSandboxContact -Sandbox $script:Sandbox -Contact $rerunInput.Contacts -InboxId $InboxId
    if ([int]$seeded.created -ne $Rows.RerunAccount) { throw "Seeding the re-run account stored $($seeded.created) of $($Rows.RerunAccount) contacts." }
    $nightly = @(Import-Csv -LiteralPath $rerunInput.Csv)
    $importErrors = $null
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $out = @($nightly | New-LiveDeskContact -InboxId $InboxId -IfExists $IfExists -ErrorAction SilentlyContinue -ErrorVariable importErrors)
    $watch.Stop()
    Disconnect-LiveDesk
    $stats = Get-LiveDeskSandboxStat -Sandbox $script:Sandbox
    $null = Set-LiveDeskSandboxConfig -Sandbox $script:Sandbox -RateWindow 1 -SearchRateLimit 0 -SearchRateWindow 60 -MaxPageSize 0
    $outcomes = [ordered]@{}
    foreach ($name in 'Created', 'Existing', 'Updated', 'Unchanged') { $outcomes[$name] = @($out | Where-Object { "$($_.Outcome)" -eq $name }).Count }
    $failed = @($importErrors).Count
    $seconds = $watch.Elapsed.TotalSeconds
    $pass = ($seconds -le 60) -and ($failed -eq 0) -and ($outcomes.Created -eq $Rows.RerunNew)
    if ($IfExists -eq 'Update') { $pass = $pass -and ([long]$stats.updates -eq $Rows.RerunChanged) -and ($outcomes.Updated -eq $Rows.RerunChanged) }
    $result = [pscustomobject]@{
        IfExists     = $IfExists
        PageSize     = if ($MaxPageSize -gt 15) { [Math]::Min($MaxPageSize, 100) } else { 15 }
        Rows         = $nightly.Count
        Seconds      = $seconds
        Requests     = [long]$stats.requests
        Creates      = [long]$stats.creates
        Updates      = [long]$stats.updates
        Searches     = [long]$stats.searches
        Lists        = [long]$stats.lists
        Throttled    = [long]$stats.rate_limited_by.overall
        SearchThrottled = [long]$stats.rate_limited_by.search
        Status422    = if ($stats.status.PSObject.Properties['422']) { [long]$stats.status.'422' } else { 0 }
        Outcomes     = $outcomes
        Failed       = $failed
        FailedIds    = (@($importErrors | ForEach-Object { "$($_.FullyQualifiedErrorId)".Split(',')[0] } | Group-Object | ForEach-Object { "$($_.Name) x$($_.Count)" }) -join ', ')
        Pass         = $pass
    }
    Write-Host ('  -IfExists {0,-6} {1,6} rows {2,6:N1} s: {3} requests ({4} lists, {5} searches, {6} creates + {7} answered 422, {8} PATCHes; 429: {9} overall, {10} search); {11}; {12} failed {13}' -f
        $IfExists, $result.Rows, $seconds, $result.Requests, $result.Lists, $result.Searches, $result.Creates, $result.Status422, $result.Updates, $result.Throttled, $result.SearchThrottled,
        (($outcomes.GetEnumerator() | ForEach-Object { "$($_.Value) $($_.Key)" }) -join ', '), $failed, $result.FailedIds)
    $result
}

# The managed memory of the matching index (internal: reached by reflection) for Count contacts, keys included.
function Measure-IndexMemory([int] $Count) {
    $assembly = [LiveDesk.Models.LiveDeskContact].Assembly
    $indexType = $assembly.GetType('LiveDesk.Contacts.ContactIndex', $true)
    $put = $indexType.GetMethod('Put', [type[]]@([LiveDesk.Models.LiveDeskContact]))
    [GC]::Collect(); [GC]::WaitForPendingFinalizers()
    $before = [GC]::GetTotalMemory($true)
    $index = [Activator]::CreateInstance($indexType, [object[]]@([long]::MaxValue))
    for ($i = 1; $i -le $Count; $i++) {
        $c = [LiveDesk.Models.LiveDeskContact]@{ Id = $i; Name = "Employee Number $i"; Email = "employee.$i@contoso-example.com"; PhoneNumber = '+1512{0:0000000}' -f $i; Identifier = 'EMP-{0:000000}' -f $i }
        $c.CustomAttributes['department'] = 'Dept ' + ($i % 40)
        $null = $put.Invoke($index, [object[]]@($c))
    }
    $after = [GC]::GetTotalMemory($true)
    [GC]::KeepAlive($index)
    ($after - $before) / 1MB
}

# The peak memory of building the index through the module (a fresh pwsh, Measure-IndexMemory.ps1) for an account
# of Count contacts seeded into the sandbox, listed at 100 a page (latency 0, no limit).
function Measure-IndexPeak([int] $Count) {
    $null = Set-LiveDeskSandboxConfig -Sandbox $script:Sandbox -LatencyMs 0 -RateLimit 0 -SearchRateLimit 0 -MaxPageSize 100
    Reset-LiveDeskSandbox -Sandbox $script:Sandbox
    $batch = 50000
    for ($from = 1; $from -le $Count; $from += $batch) {
        $to = [Math]::Min($Count, $from + $batch - 1)
        $contacts = for ($i = $from; $i -le $to; $i++) {
            @{ name = "Employee Number $i"; email = "employee.$i@contoso-example.com"; phone_number = '+1512{0:0000000}' -f $i; identifier = 'EMP-{0:000000}' -f $i; custom_attributes = @{ department = 'Dept ' + ($i % 40); cost_center = $i % 900 } }
        }
        $null = Add-LiveDeskSandboxContact -Sandbox $script:Sandbox -Contact $contacts -InboxId $InboxId
    }
    $child = Invoke-ChildPwsh -ScriptPath (Join-Path $PSScriptRoot 'Measure-IndexMemory.ps1') -TimeoutSec 0 -ArgumentList @(
        '-ModulePath', $ModulePath, '-BaseUri', $script:Sandbox.Uri, '-ApiKey', $script:Sandbox.ApiKey, '-ApiSecret', $script:Sandbox.ApiSecret)
    $null = Set-LiveDeskSandboxConfig -Sandbox $script:Sandbox -MaxPageSize 0
    if ($child.ExitCode -ne 0) { throw "The index memory run with $Count contacts failed (exit code $($child.ExitCode)): $($child.Output -join "`n")" }
    $result = @($child.StandardOutput | Where-Object { "$_".StartsWith('{') })[-1] | ConvertFrom-Json
    $stats = Get-LiveDeskSandboxStat -Sandbox $script:Sandbox
    [pscustomobject]@{
        Contacts = $Count
        Seconds  = [double]$result.Seconds
        Lists    = [long]$stats.lists
        PeakMB   = ([long]$result.PeakWorkingSet - [long]$result.PeakWorkingSetBefore) / 1MB
        PeakTotalMB = [long]$result.PeakWorkingSet / 1MB
        Warnings = [int]$result.Warnings
    }
}

function Get-MachineDescription {
    $cpu = 'unknown CPU'
    if (Test-Path /proc/cpuinfo) {
        $model = Select-String -Path /proc/cpuinfo -Pattern '^model name\s*:\s*(.+)$' | Select-Object -First 1
        if ($model) { $cpu = $model.Matches[0].Groups[1].Value.Trim() }
    }
    $os = [System.Runtime.InteropServices.RuntimeInformation]::OSDescription
    if (Test-Path /etc/os-release) {
        $pretty = Select-String -Path /etc/os-release -Pattern '^PRETTY_NAME="?([^"]+)"?' | Select-Object -First 1
        if ($pretty) { $os = $pretty.Matches[0].Groups[1].Value }
        if (Test-Path /proc/sys/kernel/osrelease) { $os += ', Linux ' + (Get-Content -Raw /proc/sys/kernel/osrelease).Trim() }
    }
    $memory = ''
    if (Test-Path /proc/meminfo) {
        $total = Select-String -Path /proc/meminfo -Pattern '^MemTotal:\s*(\d+) kB' | Select-Object -First 1
        if ($total) { $memory = ', {0} GB RAM' -f (Format-Number ([double]$total.Matches[0].Groups[1].Value / 1MB) 'N0') }
    }
    $version = (Import-PowerShellDataFile $ModulePath).ModuleVersion
    '{0} x {1}{2}; {3}; PowerShell {4} on {5}; LiveDesk {6}; {7:yyyy-MM-dd HH:mm} UTC' -f `
        [Environment]::ProcessorCount, $cpu, $memory, $os, $PSVersionTable.PSVersion,
        [System.Runtime.InteropServices.RuntimeInformation]::FrameworkDescription, $version, [DateTime]::UtcNow
}

# ---------------------------------------------------------------------------------------------------------
# runs

if (Test-Path $CsvFolder) { Remove-Item -Recurse -Force $CsvFolder }
New-Item -ItemType Directory -Force -Path $CsvFolder | Out-Null
$outFolder = Split-Path -Parent ([IO.Path]::GetFullPath($OutFile, (Get-Location).Path))
if ($outFolder) { New-Item -ItemType Directory -Force -Path $outFolder | Out-Null }

$total = [System.Diagnostics.Stopwatch]::StartNew()
# Scenario 10: one import under faults of every kind at rate x (drops at 2x/3); output checked for order and duplicates.
function Measure-Faulted([double] $Rate) {
    $run = @{ Scenario = '10. Faults'; Method = 'New-LiveDeskContact (defaults), {0}% faults' -f (Format-Number (100 * $Rate) 'N0'); Rows = $Rows.Faults; LatencyMs = 20; RateLimit = 200 }
    $csv = New-BenchCsv $run.Rows 'faults'
    Connect-LiveDesk -Credential $script:Sandbox.Credential -BaseUri $script:Sandbox.Uri -SkipCredentialCheck
    Set-Sandbox -LatencyMs $run.LatencyMs -RateLimit $run.RateLimit
    $null = Set-LiveDeskSandboxConfig -Sandbox $script:Sandbox -FailRate $Rate -FailAfterCommitRate $Rate -DropRate ($Rate * 2 / 3)
    $importErrors = $null
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $emails = @(Import-Csv -LiteralPath $csv |
            New-LiveDeskContact -InboxId $InboxId -ErrorAction SilentlyContinue -ErrorVariable importErrors |
            ForEach-Object Email)
    $watch.Stop()
    $null = Set-LiveDeskSandboxConfig -Sandbox $script:Sandbox -FailRate 0 -FailAfterCommitRate 0 -DropRate 0
    $errors = @($importErrors)
    Disconnect-LiveDesk
    $r = Complete-Run $run $watch.Elapsed.TotalSeconds $errors.Count 0
    $expected = @(Import-Csv -LiteralPath $csv | ForEach-Object email)
    $stored = @(Get-LiveDeskSandboxContact -Sandbox $script:Sandbox | ForEach-Object email)
    $r | Add-Member InOrder (($emails -join ',') -ceq ($expected -join ','))
    $r | Add-Member StoredOnce (($stored.Count -eq $expected.Count) -and (@($stored | Sort-Object -Unique).Count -eq $expected.Count))
    $r | Add-Member FaultRate $Rate
    $r
}

$script:Sandbox = Start-LiveDeskSandbox -Inbox $InboxId
$results = [System.Collections.Generic.List[object]]::new()
$memory = @()
$rerun = @()
$indexMemory = $null
$indexPeaks = @()
$readingCost = $null
try {
    Write-Host "Sandbox at $($script:Sandbox.Uri); warming up..." -ForegroundColor Cyan
    $warm = @{ Scenario = 'warm-up'; Method = ''; Rows = $Rows.WarmUp; LatencyMs = 0; RateLimit = 0 }
    $null = Measure-Module $warm 0
    $null = Measure-Module $warm 1
    $null = Measure-Loop $warm
    $null = Measure-Parallel $warm
    if (Test-Scenario 'BulkUpdate') { $null = Measure-BulkUpdate 20 }

    function Add-Result([object] $Result) {
        $results.Add($Result)
        Write-Host ('  {0,-28} {1,-40} {2,7} rows {3,7} created {4,5} failed {5,6}/{6,-6} 429s {7,7:N1} s {8,8:N1}/s' -f `
            $Result.Scenario, $Result.Method, $Result.Rows, $Result.Created, $Result.Failed, $Result.RateLimited, $Result.Requests, $Result.Seconds, $Result.Rate)
    }

    if (Test-Scenario 'RateLimited') {
    # 1. Rate-limited
    Write-Host '1. Rate-limited (latency 100 ms, limit 50/s)' -ForegroundColor Cyan
    $s1 = @{ Scenario = '1. Rate-limited'; LatencyMs = 100; RateLimit = 50 }
    $r = Measure-Module ($s1 + @{ Method = 'New-LiveDeskContact (defaults)'; Rows = $Rows.RateLimited }) 0
    $r.Target = '>= 45/s, 0 failed, 429s < 10%'
    $r.Pass = ($r.Rate -ge 45) -and ($r.Failed -eq 0) -and ($r.Created -eq $r.Rows) -and ($r.RateLimited -lt 0.1 * $r.Requests)
    Add-Result $r
    Add-Result (Measure-Loop ($s1 + @{ Method = 'Invoke-RestMethod loop'; Rows = $Rows.LatencyLoop }))
    Add-Result (Measure-Parallel ($s1 + @{ Method = 'ForEach-Object -Parallel -ThrottleLimit 8'; Rows = $Rows.RateLimited }))

    }
    if (Test-Scenario 'LatencyBound') {
    # 2. Latency-bound
    Write-Host '2. Latency-bound (latency 100 ms, no limit)' -ForegroundColor Cyan
    $s2 = @{ Scenario = '2. Latency-bound'; LatencyMs = 100; RateLimit = 0 }
    $r = Measure-Module ($s2 + @{ Method = 'New-LiveDeskContact -ThrottleLimit 16'; Rows = $Rows.LatencyBound }) 16
    $r.Target = '>= 144/s (90% of 160)'
    $r.Pass = ($r.Rate -ge 144) -and ($r.Failed -eq 0) -and ($r.Created -eq $r.Rows)
    Add-Result $r
    Add-Result (Measure-Loop ($s2 + @{ Method = 'Invoke-RestMethod loop'; Rows = $Rows.LatencyLoop }))
    Add-Result (Measure-Parallel ($s2 + @{ Method = 'ForEach-Object -Parallel -ThrottleLimit 8'; Rows = $Rows.LatencyBound }))

    }
    if (Test-Scenario 'Faults') {
    # 10. Faults, each rate against the fault-free rate of the same run
    Write-Host '10. Faults (latency 20 ms, limit 200/s; 500 before and after storing at x, drops at 2x/3)' -ForegroundColor Cyan
    $clean = $null
    foreach ($x in 0, 0.01, 0.03) {
        $r = Measure-Faulted $x
        $sound = ($r.Failed -eq 0) -and $r.InOrder -and $r.StoredOnce
        if ($x -eq 0) {
            $clean = $r
            $r.Target = 'the fault-free rate; every row once, in order'
            $r.Pass = $sound
        }
        else {
            $want = if ($x -lt 0.02) { 0.85 } else { 0.70 }
            $ratio = $r.Rate / [Math]::Max($clean.Rate, 0.001)
            $r.Target = '{0}% of fault-free (>= {1}%); every row once, in order' -f (Format-Number (100 * $ratio) 'N0'), (Format-Number (100 * $want) 'N0')
            $r.Pass = $sound -and ($ratio -ge $want)
        }
        if (-not $r.InOrder) { $r.Target += ' (OUT OF ORDER or missing output)' }
        if (-not $r.StoredOnce) { $r.Target += ' (NOT stored once)' }
        Add-Result $r
    }

    }
    if (Test-Scenario 'RoundTrip') {
    # 11. Far from the server: the round trip, not the limit, would set the rate at 16 in flight
    Write-Host '11. Far away (limit 50/s at 300 and 500 ms latency)' -ForegroundColor Cyan
    foreach ($latency in 300, 500) {
        $s9 = @{ Scenario = '11. Far away'; LatencyMs = $latency; RateLimit = 50; Rows = $Rows.RoundTrip }
        $r = Measure-Module ($s9 + @{ Method = "New-LiveDeskContact (defaults), $latency ms" }) 0
        $r.Target = '{0}% of 50/s (>= 90%)' -f (Format-Number (100 * $r.Rate / 50) 'N0')
        $r.Pass = ($r.Rate -ge 45) -and ($r.Failed -eq 0) -and ($r.Created -eq $r.Rows)
        Add-Result $r
    }

    }
    if (Test-Scenario 'Overhead') {
    # 3. Overhead
    Write-Host '3. Overhead (latency 0, no limit)' -ForegroundColor Cyan
    $s3 = @{ Scenario = '3. Overhead'; LatencyMs = 0; RateLimit = 0; Rows = $Rows.Overhead }
    $loop = Measure-Loop ($s3 + @{ Method = 'Invoke-RestMethod loop' })
    $one = Measure-Module ($s3 + @{ Method = 'New-LiveDeskContact -ThrottleLimit 1' }) 1
    $default = Measure-Module ($s3 + @{ Method = 'New-LiveDeskContact (default, 16)' }) 0
    $loop.Target = '1.00x (reference)'
    $one.Target = '{0}x the loop (target >= 2x)' -f (Format-Number ($one.Rate / [Math]::Max($loop.Rate, 0.001)) 'N2')
    $one.Pass = ($one.Rate -ge 2 * $loop.Rate) -and ($one.Failed -eq 0) -and ($one.Created -eq $one.Rows)
    $default.Target = '{0}x the loop' -f (Format-Number ($default.Rate / [Math]::Max($loop.Rate, 0.001)) 'N2')
    Add-Result $one
    Add-Result $default
    Add-Result $loop

    }
    if (Test-Scenario 'BulkUpdate') {
        # 7. Bulk update
        Write-Host '7. Bulk update (latency 100 ms, no limit): Set-LiveDeskContact vs New-LiveDeskContact' -ForegroundColor Cyan
        foreach ($r in Measure-BulkUpdate $Rows.BulkUpdate) { Add-Result $r }
    }
    if (Test-Scenario 'Rerun') {
        # 6. Re-run
        Write-Host '6. Re-run (300 requests and 10 searches per 6 s, latency 100 ms)' -ForegroundColor Cyan
        $rerun = @(
            Measure-Rerun 'Skip'
            Measure-Rerun 'Update'
            Measure-Rerun 'Skip' -MaxPageSize 100
            Measure-Rerun 'Update' -MaxPageSize 100
        )
        $indexMemory = Measure-IndexMemory $Rows.IndexMemory
        Write-Host ('  index of {0:N0} contacts: {1:N1} MB managed memory' -f $Rows.IndexMemory, $indexMemory)
    }
    if (Test-Scenario 'IndexPeak') {
        # 8. The index's peak memory through the module
        Write-Host '8. Index peak memory (fresh pwsh per run, -MatchBy Index, 100 a page, latency 0)' -ForegroundColor Cyan
        $indexPeaks = @(foreach ($n in $Rows.IndexPeak) {
                $peak = Measure-IndexPeak $n
                Write-Host ('  index of {0:N0} contacts through the module: peak working set +{1:N1} MB (process peak {2:N1} MB), {3} list requests, {4:N1} s' -f $n, $peak.PeakMB, $peak.PeakTotalMB, $peak.Lists, $peak.Seconds)
                $peak
            })
    }
    if ($BaselineModulePath -and (Test-Scenario 'ReadingCost')) {
        # 9. Reading cost against another build
        Write-Host "9. Reading cost (latency 0, -ThrottleLimit 1, fresh pwsh each): this build vs $BaselineModulePath" -ForegroundColor Cyan
        $readingCost = Measure-ReadingCost $Rows.Overhead
    }
    if (Test-Scenario 'Capacity') {
        # 12. Capacity that appears or disappears mid-run
        Write-Host '12. Capacity (latency 100 ms): a limit lifted, tripled, halved; two jobs sharing one limit' -ForegroundColor Cyan
        foreach ($r in Measure-Capacity) { Add-Result $r }
    }
    if (Test-Scenario 'Memory') {
    # 5. Memory
    Write-Host '5. Memory (fresh pwsh per run, latency 0, output to Out-Null)' -ForegroundColor Cyan
    $memory = @(
        Measure-Memory $Rows.MemorySmall
        Measure-Memory $Rows.MemoryLarge
    )
    foreach ($m in $memory) {
        Write-Host ('  {0,7} rows: {1,7} created {2,5} failed {3,7:N1} s, peak working set {4:N1} MB' -f $m.Rows, $m.Created, $m.Failed, $m.Seconds, ($m.PeakWorkingSet / 1MB))
    }
    }
}
finally {
    Stop-LiveDeskSandbox -Sandbox $script:Sandbox
}
$total.Stop()

# ---------------------------------------------------------------------------------------------------------
# report

function Format-Pass($Pass) {
    if ($null -eq $Pass) { '' } elseif ($Pass) { 'pass' } else { '**MISS**' }
}

$machine = Get-MachineDescription
$command = if ($Quick) { 'dotnet pwsh ./build.ps1 Bench -Quick' } else { 'dotnet pwsh ./build.ps1 Bench' }
$md = [System.Text.StringBuilder]::new()
$null = $md.AppendLine('# LiveDesk import benchmark')
$null = $md.AppendLine()
if ($Quick) { $null = $md.AppendLine('**Quick run (10x fewer rows): for trying the benchmark out, not for quoting.**'); $null = $md.AppendLine() }
$null = $md.AppendLine("Machine: $machine  ")
$null = $md.AppendLine("Command: ``$command`` (total $(Format-Number $total.Elapsed.TotalMinutes 'N1') min)")
$null = $md.AppendLine()
$null = $md.AppendLine('| Scenario | Method | Rows | Created | Failed (429) | 429s / requests | Seconds | Contacts/s | Ratio / target | Result |')
$null = $md.AppendLine('|---|---|---:|---:|---:|---:|---:|---:|---|---|')
foreach ($r in $results) {
    $share = if ($r.Requests -gt 0) { ' ({0}%)' -f (Format-Number (100.0 * $r.RateLimited / $r.Requests) 'N1') } else { '' }
    $null = $md.AppendLine(('| {0} | {1} | {2} | {3} | {4} ({5}) | {6} / {7}{8} | {9} | {10} | {11} | {12} |' -f
            $r.Scenario, $r.Method, (Format-Number $r.Rows), (Format-Number $r.Created), (Format-Number $r.Failed), (Format-Number $r.Lost429),
            (Format-Number $r.RateLimited), (Format-Number $r.Requests), $share, (Format-Number $r.Seconds 'N1'), (Format-Number $r.Rate 'N1'),
            $r.Target, (Format-Pass $r.Pass)))
}
if ($memory.Count -eq 2) {
    $small, $large = $memory
    $delta = ($large.PeakWorkingSet - $small.PeakWorkingSet) / 1MB
    $limit = 25
    $memPass = ($delta -lt $limit) -and ($large.Failed -eq 0) -and ($small.Failed -eq 0) -and ($large.Created -eq $large.Rows)
    $null = $md.AppendLine()
    $null = $md.AppendLine('Memory (scenario 5): a fresh pwsh per run imports the CSV with the defaults, latency 0, output to `Out-Null`.')
    $null = $md.AppendLine()
    $null = $md.AppendLine('| Rows | Created | Failed | Seconds | Contacts/s | Peak working set | Managed heap at end |')
    $null = $md.AppendLine('|---:|---:|---:|---:|---:|---:|---:|')
    foreach ($m in $memory) {
        $null = $md.AppendLine(('| {0} | {1} | {2} | {3} | {4} | {5} MB | {6} MB |' -f (Format-Number $m.Rows), (Format-Number $m.Created), (Format-Number $m.Failed),
                (Format-Number $m.Seconds 'N1'), (Format-Number $m.Rate 'N1'), (Format-Number ($m.PeakWorkingSet / 1MB) 'N1'), (Format-Number ($m.ManagedHeap / 1MB) 'N1')))
    }
    $null = $md.AppendLine()
    $null = $md.AppendLine(('Peak working set, {0} rows minus {1} rows: **{2} MB** (target: under {3} MB): {4}' -f
            (Format-Number $large.Rows), (Format-Number $small.Rows), (Format-Number $delta 'N1'), (Format-Number $limit 'N1'), $(if ($memPass) { 'pass' } else { '**MISS**' })))
}
if ($rerun.Count -gt 0) {
    $null = $md.AppendLine()
    $null = $md.AppendLine((('Re-run (scenario 6): Chatwoot-shaped limits scaled to a 6 s window (300 requests per 6 s overall, 10 searches per 6 s; fixed windows like Rack::Attack), ' +
            'latency 100 ms; the account holds {0} contacts, the input is {1} existing rows ({2} renamed) plus {3} new ones, default -MatchBy Auto and -ThrottleLimit 16.') -f
        (Format-Number $Rows.RerunAccount), (Format-Number $Rows.RerunExisting), (Format-Number $Rows.RerunChanged), (Format-Number $Rows.RerunNew)))
    $null = $md.AppendLine()
    $null = $md.AppendLine('| -IfExists | Page size | Rows | Seconds | Requests | Lists | Searches | Creates (+ 422) | PATCHes | 429 overall / search | Outcomes | Failed | Target | Result |')
    $null = $md.AppendLine('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|---|')
    foreach ($r in $rerun) {
        $target = if ($r.IfExists -eq 'Update') { "<= 60 s, exactly $(Format-Number $Rows.RerunChanged) PATCHes" } else { '<= 60 s' }
        $null = $md.AppendLine(('| {0} | {15} | {1} | {2} | {3} | {4} | {5} | {6} (+ {7}) | {8} | {9} / {10} | {11} | {12} | {13} | {14} |' -f
                $r.IfExists, (Format-Number $r.Rows), (Format-Number $r.Seconds 'N1'), (Format-Number $r.Requests), (Format-Number $r.Lists), (Format-Number $r.Searches),
                (Format-Number $r.Creates), (Format-Number $r.Status422), (Format-Number $r.Updates), (Format-Number $r.Throttled), (Format-Number $r.SearchThrottled),
                (($r.Outcomes.GetEnumerator() | ForEach-Object { "$(Format-Number $_.Value) $($_.Key)" }) -join ', '), (Format-Number $r.Failed), $target, (Format-Pass $r.Pass), $r.PageSize))
    }
    if ($null -ne $indexMemory) {
        $null = $md.AppendLine()
        $null = $md.AppendLine(('Matching index for {0} contacts (id, e-mail, phone, identifier, name and attribute fingerprints): **{1} MB** of managed memory, keys included.' -f
                (Format-Number $Rows.IndexMemory), (Format-Number $indexMemory 'N1')))
    }
}
foreach ($p in @($indexPeaks)) {
    if ($null -eq $p) { continue }
    $null = $md.AppendLine()
    $null = $md.AppendLine(('Index of {0} contacts built through the module (-MatchBy Index, 100 a page, fresh pwsh): peak working set **+{1} MB** above the connected process (process peak {2} MB), {3} list requests, {4} s.' -f
            (Format-Number $p.Contacts), (Format-Number $p.PeakMB 'N1'), (Format-Number $p.PeakTotalMB 'N1'), (Format-Number $p.Lists), (Format-Number $p.Seconds 'N1')))
}
if ($null -ne $readingCost) {
    $ratio = $readingCost.This / [Math]::Max($readingCost.Baseline, 0.001)
    $null = $md.AppendLine()
    $null = $md.AppendLine(('Reading cost (scenario 9): {0} rows, -ThrottleLimit 1, latency 0, a fresh pwsh per import, the two builds in turn: this build **{1} s**, the baseline ({2}) **{3} s** (medians; all: {4} and {5}). This build takes **{6}x** the baseline''s time (target: at most 1.10x): {7}' -f
            (Format-Number $readingCost.Rows), (Format-Number $readingCost.This 'N2'), $BaselineModulePath, (Format-Number $readingCost.Baseline 'N2'),
            (($readingCost.AllThis | ForEach-Object { Format-Number $_ 'N2' }) -join ', '), (($readingCost.AllBase | ForEach-Object { Format-Number $_ 'N2' }) -join ', '),
            (Format-Number $ratio 'N2'), $(if ($ratio -le 1.10) { 'pass' } else { '**MISS**' })))
}
$null = $md.AppendLine()
$null = $md.AppendLine(('Notes: each run imports its own generated CSV (unique e-mails and identifiers) into a freshly reset sandbox; ' +
        'contacts/s = contacts stored in the sandbox / wall-clock seconds of the whole pipeline (Import-Csv included); ' +
        'in scenario 7 the Set-LiveDeskContact row counts contacts updated (PATCHes) instead. ' +
        'Failed (429) = rows the import reported as failed (of those, lost to 429). The baselines do not retry: every 429 loses its row. ' +
        'At 100 ms latency the Invoke-RestMethod loop runs on {0} rows only (it manages 10 rows/s at best, whatever the count). ' +
        'The sandbox runs on the same machine.') -f (Format-Number $Rows.LatencyLoop))
$report = $md.ToString()

Set-Content -LiteralPath $OutFile -Value $report -Encoding utf8NoBOM
Write-Host ''
Write-Host $report
Write-Host "Written to $OutFile"
exit 0
