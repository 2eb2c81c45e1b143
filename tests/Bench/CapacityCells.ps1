# Scenario 12 of Invoke-Benchmark.ps1 (dot-sourced from it): capacity that appears or disappears mid-run. The sandbox
# plays each limit change itself (rate_limit_later, after a number of API requests), so the bench never races its
# own import. Every cell prints its ratio against its target; each takes well under 40 s on a quiet machine.

function New-CapacityRows([int] $Count, [string] $Label) {
    $script:RunNumber++
    $tag = '{0}r{1}{2}' -f $script:RunTag, $script:RunNumber, $Label
    for ($i = 1; $i -le $Count; $i++) { [pscustomobject]@{ Name = "Capacity $i"; Email = "cap-$tag-$i@example.com"; Identifier = "cap-$tag-$i" } }
}

function Invoke-CapacityImport([object[]] $Rows, [int] $ThrottleLimit = 0) {
    $extra = @{}
    if ($ThrottleLimit -gt 0) { $extra.ThrottleLimit = $ThrottleLimit }
    $failed = $null
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $Rows | New-LiveDeskContact -InboxId $InboxId @extra -ErrorAction SilentlyContinue -ErrorVariable failed | Out-Null
    $watch.Stop()
    [pscustomobject]@{ Seconds = $watch.Elapsed.TotalSeconds; Failed = @($failed).Count }
}

function New-CapacityResult([string] $Method, [int] $Rows, [object] $Run, [string] $Target, [bool] $Pass) {
    $stats = Get-LiveDeskSandboxStat -Sandbox $script:Sandbox
    $created = [int]$stats.contacts
    [pscustomobject]@{
        Scenario = '12. Capacity'; Method = $Method; Rows = $Rows; Created = $created; Failed = $Run.Failed; Lost429 = 0
        Requests = [long]$stats.requests; RateLimited = [long]$stats.rate_limited; Seconds = $Run.Seconds
        Rate = if ($Run.Seconds -gt 0) { $created / $Run.Seconds } else { 0 }; Target = $Target; Pass = $Pass
    }
}

# A connection learns 50/s (fixed window, 100 ms), then the limit is changed as $Later says and $Rows rows are imported.
function Measure-LimitChange([string] $Method, [int] $Rows, [hashtable] $Later, [double] $IdealSeconds, [int] $ThrottleLimit, [scriptblock] $Judge) {
    Connect-LiveDesk -Credential $script:Sandbox.Credential -BaseUri $script:Sandbox.Uri -SkipCredentialCheck
    try {
        $null = Set-LiveDeskSandboxConfig -Sandbox $script:Sandbox -LatencyMs 100 -RateLimit 50 -Limiter fixed -RateLimitLater $null -FailRate 0 -FailAfterCommitRate 0 -DropRate 0
        Reset-LiveDeskSandbox -Sandbox $script:Sandbox
        $null = Invoke-CapacityImport @(New-CapacityRows 500 'learn')
        Start-Sleep -Seconds 5
        $null = Set-LiveDeskSandboxConfig -Sandbox $script:Sandbox -RateLimitLater $Later
        Reset-LiveDeskSandbox -Sandbox $script:Sandbox
        $run = Invoke-CapacityImport @(New-CapacityRows $Rows 'change') -ThrottleLimit $ThrottleLimit
    }
    finally { Disconnect-LiveDesk }
    $result = New-CapacityResult $Method $Rows $run '' $false
    $ratio = $IdealSeconds / [Math]::Max($result.Seconds, 0.001)
    & $Judge $result $ratio
    $result
}

# Job A imports alone, job B joins after $JoinAfter seconds, B finishes, A goes on alone: two processes, two connections.
function Measure-SharedLimit([string] $Limiter, [int] $RowsA = 1500, [int] $RowsB = 300, [double] $JoinAfter = 8) {
    $null = Set-LiveDeskSandboxConfig -Sandbox $script:Sandbox -LatencyMs 100 -RateLimit 50 -Limiter $Limiter -RateLimitLater $null -FailRate 0 -FailAfterCommitRate 0 -DropRate 0
    Reset-LiveDeskSandbox -Sandbox $script:Sandbox
    $job = {
        param($ModulePath, $Uri, $Key, $Secret, $Inbox, $Tag, $Count, $StartAt)
        Import-Module $ModulePath
        $credential = [pscredential]::new($Key, (ConvertTo-SecureString $Secret -AsPlainText -Force))
        Connect-LiveDesk -Credential $credential -BaseUri $Uri -SkipCredentialCheck
        $rows = for ($i = 1; $i -le $Count; $i++) { [pscustomobject]@{ Name = "Shared $i"; Email = "share-$Tag-$i@example.com"; Identifier = "share-$Tag-$i" } }
        while ([DateTime]::UtcNow -lt $StartAt) { Start-Sleep -Milliseconds 20 }
        $start = [DateTime]::UtcNow
        $done = [System.Collections.Generic.List[double]]::new()
        $rows | New-LiveDeskContact -InboxId $Inbox -ErrorAction SilentlyContinue | ForEach-Object { $done.Add(([DateTime]::UtcNow - $start).TotalSeconds) }
        [pscustomobject]@{ Start = $start; Done = $done.ToArray() }
    }
    $credential = $script:Sandbox.Credential
    $secret = $credential.GetNetworkCredential().Password
    $t0 = [DateTime]::UtcNow.AddSeconds(6)
    $tag = '{0}{1}' -f $script:RunTag, $Limiter
    $a = Start-Job -ScriptBlock $job -ArgumentList $ModulePath, $script:Sandbox.Uri, $credential.UserName, $secret, $InboxId, "$tag-a", $RowsA, $t0
    $b = Start-Job -ScriptBlock $job -ArgumentList $ModulePath, $script:Sandbox.Uri, $credential.UserName, $secret, $InboxId, "$tag-b", $RowsB, $t0.AddSeconds($JoinAfter)
    $ra = Receive-Job $a -Wait -AutoRemoveJob
    $rb = Receive-Job $b -Wait -AutoRemoveJob
    $stats = Get-LiveDeskSandboxStat -Sandbox $script:Sandbox
    $aEnd = $ra.Done[-1]
    $bLeft = ($rb.Start - $ra.Start).TotalSeconds + $rb.Done[-1]
    $end = [Math]::Max($aEnd, $bLeft)
    $whole = ($ra.Done.Count + $rb.Done.Count) / $end / 50
    # Whoever finishes first leaves the limit to the other: when A ends before B (a slow start under a sliding window), the
    # one left alone is B, measured from A's end.
    $bOffset = ($rb.Start - $ra.Start).TotalSeconds
    $after = if ($aEnd -gt $bLeft + 1) { @($ra.Done | Where-Object { $_ -gt $bLeft }).Count / ($aEnd - $bLeft) / 50 }
        elseif ($bLeft -gt $aEnd + 1) { @($rb.Done | Where-Object { $_ + $bOffset -gt $aEnd }).Count / ($bLeft - $aEnd) / 50 }
        else { $null }
    $alone = if ($null -eq $after) { 'both ended within a second, none left alone' } elseif ($aEnd -ge $bLeft) { 'A after B left' } else { 'B after A left' }
    $pass = ($whole -ge 0.9) -and ($null -eq $after -or $after -ge 0.9) -and ([int]$stats.contacts -eq $RowsA + $RowsB)
    [pscustomobject]@{
        Scenario = '12. Capacity'; Method = "two jobs sharing 50/s ($Limiter): B joins at $JoinAfter s, then leaves"; Rows = $RowsA + $RowsB
        Created = [int]$stats.contacts; Failed = $RowsA + $RowsB - $ra.Done.Count - $rb.Done.Count; Lost429 = 0
        Requests = [long]$stats.requests; RateLimited = [long]$stats.rate_limited; Seconds = $end; Rate = ($ra.Done.Count + $rb.Done.Count) / $end
        Target = ('whole run {0}%, {1}{2} (target >= 90% each)' -f (Format-Number (100 * $whole) 'N1'), $alone, $(if ($null -eq $after) { '' } else { ' ' + (Format-Number (100 * $after) 'N1') + '%' }))
        Pass = $pass
    }
}

function Measure-Capacity {
    # Learned 50/s, limit gone before the next import: 1,600 rows at -ThrottleLimit 16 (16 in flight at 100 ms carry 160/s).
    Measure-LimitChange 'learned 50/s, limit lifted, -ThrottleLimit 16' 1600 @{ rate_limit = 0; after_requests = 1 } (1600 / 160.0) 16 {
        param($r, $ratio)
        $r.Target = '{0}/s (target >= 110/s)' -f (Format-Number $r.Rate 'N1')
        $r.Pass = ($r.Rate -ge 110) -and ($r.Created -eq $r.Rows)
    }
    # Lifted after 500 requests (about 10 s at 50/s): ideal 10 s + 1,100 rows at 160/s.
    Measure-LimitChange 'limit lifted mid-run (after 500 requests)' 1600 @{ rate_limit = 0; after_requests = 500 } (500 / 50.0 + 1100 / 160.0) 16 {
        param($r, $ratio)
        $r.Target = '{0}x the ideal time (target >= 0.80x)' -f (Format-Number $ratio 'N2')
        $r.Pass = ($ratio -ge 0.8) -and ($r.Created -eq $r.Rows)
    }
    # Tripled after 500 requests: ideal 10 s + 1,500 rows at 150/s.
    Measure-LimitChange 'limit tripled mid-run (50 -> 150/s)' 2000 @{ rate_limit = 150; after_requests = 500 } (500 / 50.0 + 1500 / 150.0) 0 {
        param($r, $ratio)
        $r.Target = '{0}x the ideal time (target >= 0.80x)' -f (Format-Number $ratio 'N2')
        $r.Pass = ($ratio -ge 0.8) -and ($r.Created -eq $r.Rows)
    }
    # Halved after 500 requests: ideal 10 s + 375 rows at 25/s.
    Measure-LimitChange 'limit halved mid-run (50 -> 25/s)' 875 @{ rate_limit = 25; after_requests = 500 } (500 / 50.0 + 375 / 25.0) 0 {
        param($r, $ratio)
        $share = $r.RateLimited / [Math]::Max(1, $r.Requests)
        $r.Target = '{0}x the ideal time, {1}% 429s (target >= 0.90x, < 10%)' -f (Format-Number $ratio 'N2'), (Format-Number (100 * $share) 'N1')
        $r.Pass = ($ratio -ge 0.9) -and ($share -lt 0.1) -and ($r.Created -eq $r.Rows)
    }
    Measure-SharedLimit 'fixed'
    Measure-SharedLimit 'sliding'
}
