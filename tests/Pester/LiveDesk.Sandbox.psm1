#Requires -Version 5.1
<#
    Helpers to start and drive the LiveDesk sandbox server (tests/LiveDesk.Sandbox) from Pester tests,
    the demo and the benchmark. The sandbox must have been built first (./build.ps1 Build).
    Runs in PowerShell 7 and in Windows PowerShell 5.1 (CI runs the suite in both; WindowsPowerShell.Tests.ps1
    guards against PowerShell-7-only constructs here).
#>
Set-StrictMode -Version 3.0

$script:RepoRoot = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
$script:SandboxDll = Join-Path $script:RepoRoot 'tests/LiveDesk.Sandbox/bin/Release/net10.0/LiveDesk.Sandbox.dll'
$script:Invariant = [System.Globalization.CultureInfo]::InvariantCulture
# -NoProxy exists on the web cmdlets of PowerShell 6+ only (.NET Framework never sends loopback requests to a proxy);
# -UseBasicParsing keeps Windows PowerShell's web cmdlets off the Internet Explorer engine.
$script:WebDefaults = @{ UseBasicParsing = $true }
if ($PSVersionTable.PSEdition -eq 'Core') { $script:WebDefaults = @{ NoProxy = $true } }

function Get-DotnetHost {
    if ($env:DOTNET_HOST_PATH -and (Test-Path -LiteralPath $env:DOTNET_HOST_PATH)) { return $env:DOTNET_HOST_PATH }
    $self = [System.Diagnostics.Process]::GetCurrentProcess().MainModule.FileName
    if ($self -and [IO.Path]::GetFileNameWithoutExtension($self) -eq 'dotnet') { return $self }
    $cmd = Get-Command dotnet -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($cmd) { return $cmd.Source }
    throw 'The dotnet host was not found (set DOTNET_HOST_PATH or put dotnet on the PATH).'
}

function Get-SandboxBaseUri([object] $Sandbox) {
    if ($null -eq $Sandbox) { throw 'No sandbox given.' }
    $uri = if ($Sandbox -is [string] -or $Sandbox -is [uri]) { [string]$Sandbox } else { [string]$Sandbox.Uri }
    if (-not $uri) { throw 'The sandbox object has no Uri.' }
    $uri.TrimEnd('/')
}

function Format-Invariant([object] $Value) { [string]::Format($script:Invariant, '{0}', $Value) }

# Process-argument quoting (Join-ProcessArgument, Set-ProcessArgument) comes with the child-PowerShell launcher; one copy
# for build and tests.
Import-Module (Join-Path $script:RepoRoot 'build/LiveDesk.BuildTools.psm1')

function Stop-ProcessTree([System.Diagnostics.Process] $Process) {
    # Kill(bool entireProcessTree) is .NET Core 3.0+; the sandbox (dotnet <dll>) has no child processes anyway
    if ($PSVersionTable.PSEdition -eq 'Core') { $Process.Kill($true) } else { $Process.Kill() }
}

function Start-LoopbackServer {
    <#
    .SYNOPSIS
        Starts a test server (dotnet <Dll> <Argument>) and reads the 'Name: value' lines it prints once listening.
        Returns Process, Values (a hashtable of the lines named in -Expect) and StandardErrorTask. Shared by the
        sandbox and the hostile server.
    #>
    param(
        [Parameter(Mandatory)] [string] $Dll,
        [Parameter(Mandatory)] [string[]] $Argument,
        [Parameter(Mandatory)] [string[]] $Expect,
        [Parameter(Mandatory)] [string] $Name,
        [int] $TimeoutSeconds = 30
    )
    if (-not (Test-Path -LiteralPath $Dll)) {
        throw "The $Name is not built: '$Dll' is missing. Run ./build.ps1 Build first."
    }
    $psi = [System.Diagnostics.ProcessStartInfo]::new((Get-DotnetHost))
    $psi.UseShellExecute = $false
    $psi.RedirectStandardOutput = $true
    $psi.RedirectStandardError = $true
    $psi.RedirectStandardInput = $false
    $psi.CreateNoWindow = $true
    $psi.WorkingDirectory = Split-Path -Parent $Dll
    Set-ProcessArgument -StartInfo $psi -Argument ([string[]]@(@($Dll) + $Argument))

    $process = [System.Diagnostics.Process]::Start($psi)
    # drain stderr in the background (.NET task, no PowerShell runspace needed) so the pipe never fills up
    $stderrTask = $process.StandardError.ReadToEndAsync()
    $pattern = '^(' + (($Expect | ForEach-Object { [regex]::Escape($_) }) -join '|') + '): (.*)$'
    $values = @{}
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    try {
        while ($values.Count -lt $Expect.Count) {
            $lineTask = $process.StandardOutput.ReadLineAsync()
            $remaining = [int][Math]::Max(0, ($deadline - [DateTime]::UtcNow).TotalMilliseconds)
            if (-not $lineTask.Wait($remaining)) {
                throw "The $Name did not report its address within $TimeoutSeconds s."
            }
            $line = $lineTask.Result
            if ($null -eq $line) {
                $null = $process.WaitForExit(5000)
                $code = if ($process.HasExited) { $process.ExitCode } else { '?' }
                $stderr = if ($stderrTask.Wait(2000)) { $stderrTask.Result.Trim() } else { '' }
                throw "The $Name exited (code $code) before it was ready. stderr: $stderr"
            }
            if ($line -match $pattern) { $values[$Matches[1]] = $Matches[2] }
        }
    }
    catch {
        if (-not $process.HasExited) {
            try { Stop-ProcessTree $process } catch { Write-Verbose "Kill failed: $_" }
            $null = $process.WaitForExit(5000)
        }
        $process.Dispose()
        throw
    }
    # nothing more comes on stdout; keep draining it anyway
    $null = $process.StandardOutput.ReadToEndAsync()
    [pscustomobject]@{ Process = $process; Values = $values; StandardErrorTask = $stderrTask }
}

function Stop-LoopbackServer {
    <# Kills a server started by Start-LoopbackServer (given its process) and waits for it to exit. #>
    param([Parameter(Mandatory)] [AllowNull()] [System.Diagnostics.Process] $Process, [Parameter(Mandatory)] [string] $Name)
    if ($null -eq $Process) { return }
    try {
        if (-not $Process.HasExited) {
            Stop-ProcessTree $Process
            if (-not $Process.WaitForExit(10000)) { Write-Warning "The $Name (pid $($Process.Id)) did not exit within 10 s." }
        }
    }
    catch [System.InvalidOperationException] {
        # already gone
    }
    finally {
        $Process.Dispose()
    }
}

function Start-LiveDeskSandbox {
    <#
    .SYNOPSIS
        Starts the LiveDesk sandbox server on a free loopback port and returns a handle for it.
    .OUTPUTS
        [pscustomobject] with Uri (e.g. http://127.0.0.1:41234), ApiKey, ApiSecret, Inboxes (long[]),
        Credential (PSCredential of key/secret) and Process.
    .EXAMPLE
        $s = Start-LiveDeskSandbox -FailRate 0.05 -Seed 42
        try { ... } finally { Stop-LiveDeskSandbox $s }
    .EXAMPLE
        # Chatwoot's limits scaled to a 6 s window, faults on messages only
        $s = Start-LiveDeskSandbox -RateLimit 300 -RateWindow 6 -SearchRateLimit 10 -SearchRateWindow 6 -FailAfterCommitRate 0.3 -FaultEndpoint messages
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [ValidateRange(0, [int]::MaxValue)] [int] $LatencyMs = 0,
        [ValidateRange(0, [int]::MaxValue)] [int] $LatencyJitterMs = 0,
        [ValidateRange(0, [int]::MaxValue)] [int] $RateLimit = 0,
        [ValidateRange(1, [int]::MaxValue)] [int] $RateWindow = 1,
        [ValidateSet('fixed', 'sliding', 'token-bucket')] [string] $Limiter = 'fixed',
        [ValidateRange(0, [int]::MaxValue)] [int] $RateBurst = 0,
        [ValidateRange(0, [int]::MaxValue)] [int] $SearchRateLimit = 0,
        [ValidateRange(1, [int]::MaxValue)] [int] $SearchRateWindow = 60,
        [ValidateRange(0, [int]::MaxValue)] [int] $MaxPageSize = 0,
        [ValidateSet('contacts', 'conversations', 'messages', 'status', 'all', 'none')] [string[]] $FaultEndpoint = @('all'),
        [switch] $RetryAfter,
        [switch] $RetryAfterAsDate,
        [ValidateRange(0.0, 1.0)] [double] $FailRate = 0,
        [ValidateRange(0.0, 1.0)] [double] $FailAfterCommitRate = 0,
        [ValidateRange(0.0, 1.0)] [double] $DropRate = 0,
        [Nullable[int]] $Seed,
        # Creates keep additional_attributes (company, city, ...); by default they are dropped, the harsher variant.
        [switch] $CreateKeepsAdditionalAttributes,
        [ValidateNotNullOrEmpty()] [long[]] $Inbox = @(407),
        [ValidateNotNullOrEmpty()] [string] $ApiKey = 'sandbox-key',
        [ValidateNotNullOrEmpty()] [string] $ApiSecret = 'sandbox-secret',
        [ValidateRange(1, 600)] [int] $TimeoutSeconds = 30
    )

    $arguments = [System.Collections.Generic.List[string]]::new()
    $arguments.AddRange([string[]]@(
        '--urls', 'http://127.0.0.1:0',
        '--api-key', $ApiKey, '--api-secret', $ApiSecret,
        '--inbox', (($Inbox | ForEach-Object { Format-Invariant $_ }) -join ','),
        '--latency-ms', (Format-Invariant $LatencyMs), '--latency-jitter-ms', (Format-Invariant $LatencyJitterMs), '--rate-limit', (Format-Invariant $RateLimit),
        '--fail-rate', (Format-Invariant $FailRate), '--fail-after-commit-rate', (Format-Invariant $FailAfterCommitRate),
        '--drop-rate', (Format-Invariant $DropRate),
        '--rate-window', (Format-Invariant $RateWindow), '--limiter', $Limiter, '--rate-burst', (Format-Invariant $RateBurst),
        '--search-rate-limit', (Format-Invariant $SearchRateLimit), '--search-rate-window', (Format-Invariant $SearchRateWindow),
        '--max-page-size', (Format-Invariant $MaxPageSize),
        '--fault-endpoints', ($FaultEndpoint -join ',')))
    if ($RetryAfter) { $arguments.Add('--retry-after') }
    if ($RetryAfterAsDate) { $arguments.Add('--retry-after-date') }
    if ($null -ne $Seed) { $arguments.Add('--seed'); $arguments.Add((Format-Invariant $Seed)) }
    if ($CreateKeepsAdditionalAttributes) { $arguments.Add('--create-keeps-additional') }
    $server = Start-LoopbackServer -Dll $script:SandboxDll -Argument $arguments.ToArray() -Name 'LiveDesk sandbox' `
        -Expect 'Listening', 'ApiKey', 'ApiSecret', 'Inboxes' -TimeoutSeconds $TimeoutSeconds
    $process = $server.Process
    $values = $server.Values
    $stderrTask = $server.StandardErrorTask

    $secure = ConvertTo-SecureString -String $values.ApiSecret -AsPlainText -Force
    $sandbox = [pscustomobject]@{
        PSTypeName = 'LiveDesk.Sandbox'
        Uri        = $values.Listening
        ApiKey     = $values.ApiKey
        ApiSecret  = $values.ApiSecret
        Inboxes    = [long[]]@($values.Inboxes -split ',' | ForEach-Object { [long]::Parse($_, $script:Invariant) })
        Credential = [pscredential]::new($values.ApiKey, $secure)
        Process    = $process
    }
    # stderr of the server (a Task[string] that completes when it exits), kept out of the default view
    $sandbox | Add-Member -MemberType NoteProperty -Name StandardErrorTask -Value $stderrTask
    $display = [System.Management.Automation.PSPropertySet]::new('DefaultDisplayPropertySet', [string[]]@('Uri', 'ApiKey', 'ApiSecret', 'Inboxes', 'Credential', 'Process'))
    $sandbox | Add-Member -MemberType MemberSet -Name PSStandardMembers -Value ([System.Management.Automation.PSMemberInfo[]]@($display))
    $sandbox
}

function Stop-LiveDeskSandbox {
    <#
    .SYNOPSIS
        Kills a sandbox started by Start-LiveDeskSandbox and waits for it to exit.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0, ValueFromPipeline)] [object] $Sandbox)
    process { Stop-LoopbackServer -Process $Sandbox.Process -Name 'LiveDesk sandbox' }
}

function Get-LiveDeskSandboxContact {
    <#
    .SYNOPSIS
        All contacts stored in the sandbox (GET /_sandbox/contacts), one object each, in id order.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0, ValueFromPipeline)] [object] $Sandbox)
    process {
        $items = Invoke-RestMethod -Method Get -Uri "$(Get-SandboxBaseUri $Sandbox)/_sandbox/contacts" @WebDefaults
        foreach ($item in $items) { $item }
    }
}

function Get-LiveDeskSandboxConversation {
    <#
    .SYNOPSIS
        All conversations stored in the sandbox (GET /_sandbox/conversations), one object each, in id order:
        the API's conversation shape (meta.sender, its last message in messages) plus contact_id and source_id.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0, ValueFromPipeline)] [object] $Sandbox)
    process {
        $items = Invoke-RestMethod -Method Get -Uri "$(Get-SandboxBaseUri $Sandbox)/_sandbox/conversations" @WebDefaults
        foreach ($item in $items) { $item }
    }
}

function Get-LiveDeskSandboxMessage {
    <#
    .SYNOPSIS
        All messages stored in the sandbox (GET /_sandbox/messages), one object each, in id order;
        -ConversationId keeps those of one conversation.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline)] [object] $Sandbox,
        [ValidateRange(1, [long]::MaxValue)] [long] $ConversationId
    )
    process {
        $uri = "$(Get-SandboxBaseUri $Sandbox)/_sandbox/messages"
        if ($PSBoundParameters.ContainsKey('ConversationId')) { $uri += '?conversation_id=' + (Format-Invariant $ConversationId) }
        $items = Invoke-RestMethod -Method Get -Uri $uri @WebDefaults
        foreach ($item in $items) { $item }
    }
}

function Get-LiveDeskSandboxStat {
    <#
    .SYNOPSIS
        The sandbox's counters (GET /_sandbox/stats): requests, creates, updates, searches, lists,
        rate_limited, rate_limited_by (overall, search), conversation_creates, message_creates,
        status (code -> count), faults (fail, fail_after_commit, drop_before_commit, drop_after_commit, total),
        contacts, conversations, messages.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0, ValueFromPipeline)] [object] $Sandbox)
    process {
        Invoke-RestMethod -Method Get -Uri "$(Get-SandboxBaseUri $Sandbox)/_sandbox/stats" @WebDefaults
    }
}

function Add-LiveDeskSandboxContact {
    <#
    .SYNOPSIS
        Stores many contacts at once (POST /_sandbox/seed): no latency, throttle, fault or counter, so a test or
        the benchmark can start from a large account. Returns created, taken and invalid counts.
    .EXAMPLE
        Add-LiveDeskSandboxContact $sb -Contact @(@{ name = 'A'; email = 'a@x.io' }, @{ name = 'B'; identifier = 'b' })
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)] [object] $Sandbox,
        [Parameter(Mandatory)] [AllowEmptyCollection()] [object[]] $Contact,
        [long] $InboxId = 407
    )
    $body = @{ inbox_id = $InboxId; contacts = @($Contact) } | ConvertTo-Json -Depth 5 -Compress
    Invoke-RestMethod -Method Post -Uri "$(Get-SandboxBaseUri $Sandbox)/_sandbox/seed" -ContentType 'application/json' `
        -Body ([System.Text.Encoding]::UTF8.GetBytes($body)) @WebDefaults
}

function Set-LiveDeskSandboxContactLabel {
    <#
    .SYNOPSIS
        Replaces a stored contact's labels (POST /_sandbox/contacts/{id}/labels). LiveDesk documents no way to set
        labels, only the list filter, so tests label contacts here. Returns the contact as the sandbox shows it.
    .EXAMPLE
        Set-LiveDeskSandboxContactLabel $sb -Id 3 -Label vip, gold
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)] [object] $Sandbox,
        [Parameter(Mandatory)] [long] $Id,
        [Parameter(Mandatory)] [AllowEmptyCollection()] [string[]] $Label
    )
    $body = ConvertTo-Json -InputObject @{ labels = @($Label) } -Compress
    Invoke-RestMethod -Method Post -Uri "$(Get-SandboxBaseUri $Sandbox)/_sandbox/contacts/$(Format-Invariant $Id)/labels" -ContentType 'application/json' `
        -Body ([System.Text.Encoding]::UTF8.GetBytes($body)) @WebDefaults
}

function Reset-LiveDeskSandbox {
    <#
    .SYNOPSIS
        Clears contacts, conversations and messages (ids restart at 1), counters and every throttle's state;
        reseeds the fault RNG.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory, Position = 0, ValueFromPipeline)] [object] $Sandbox)
    process {
        $uri = Get-SandboxBaseUri $Sandbox
        if ($PSCmdlet.ShouldProcess($uri, 'Reset sandbox')) {
            $null = Invoke-RestMethod -Method Post -Uri "$uri/_sandbox/reset" @WebDefaults
        }
    }
}

function Set-LiveDeskSandboxConfig {
    <#
    .SYNOPSIS
        Changes the knobs of a running sandbox (POST /_sandbox/config); only the given parameters change.
        Returns the whole current config.
    .EXAMPLE
        Set-LiveDeskSandboxConfig $s -FailRate 0.05 -Seed 42
    .EXAMPLE
        Set-LiveDeskSandboxConfig $s -RateLimit 50 -Limiter sliding -FailAfterCommitRate 0.3 -FaultEndpoint messages
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline)] [object] $Sandbox,
        [ValidateRange(0, [int]::MaxValue)] [int] $LatencyMs,
        [ValidateRange(0, [int]::MaxValue)] [int] $LatencyJitterMs,
        [ValidateRange(0, [int]::MaxValue)] [int] $RateLimit,
        # A limit change played mid-run: @{ rate_limit = 150; after_requests = 500 } or @{ rate_limit = 25; after_seconds = 10 }
        # (counted from the next API request); $null drops a pending one.
        [AllowNull()] [hashtable] $RateLimitLater,
        [ValidateRange(1, [int]::MaxValue)] [int] $RateWindow,
        [ValidateSet('fixed', 'sliding', 'token-bucket')] [string] $Limiter,
        [ValidateRange(0, [int]::MaxValue)] [int] $RateBurst,
        [ValidateRange(0, [int]::MaxValue)] [int] $SearchRateLimit,
        [ValidateRange(1, [int]::MaxValue)] [int] $SearchRateWindow,
        [ValidateRange(0, [int]::MaxValue)] [int] $MaxPageSize,
        [ValidateSet('contacts', 'conversations', 'messages', 'status', 'all', 'none')] [string[]] $FaultEndpoint,
        [bool] $RetryAfter,
        [bool] $RetryAfterAsDate,
        [ValidateRange(0.0, 1.0)] [double] $FailRate,
        [ValidateRange(0.0, 1.0)] [double] $FailAfterCommitRate,
        [ValidateRange(0.0, 1.0)] [double] $DropRate,
        [AllowNull()] [Nullable[int]] $Seed,
        [ValidateRange(1, [long]::MaxValue)] [long] $AttachmentLimit,
        [ValidateSet('empty-message', 'reject')] [string] $MalformedUpload,
        [bool] $StripAttachments,
        [bool] $CreateKeepsAdditionalAttributes
    )
    process {
        $map = [ordered]@{
            LatencyMs = 'latency_ms'; LatencyJitterMs = 'latency_jitter_ms'; RateLimit = 'rate_limit'; RateLimitLater = 'rate_limit_later'; RateWindow = 'rate_window'; Limiter = 'limiter'
            RateBurst = 'rate_burst'; SearchRateLimit = 'search_rate_limit'; SearchRateWindow = 'search_rate_window'; MaxPageSize = 'max_page_size'; FaultEndpoint = 'fault_endpoints'
            RetryAfter = 'retry_after'; RetryAfterAsDate = 'retry_after_as_date'
            FailRate = 'fail_rate'; FailAfterCommitRate = 'fail_after_commit_rate'; DropRate = 'drop_rate'; Seed = 'seed'
            AttachmentLimit = 'attachment_limit'; MalformedUpload = 'malformed_upload'; StripAttachments = 'strip_attachments'
            CreateKeepsAdditionalAttributes = 'create_keeps_additional_attributes'
        }
        $body = [ordered]@{}
        foreach ($name in $map.Keys) {
            if (-not $PSBoundParameters.ContainsKey($name)) { continue }
            $value = $PSBoundParameters[$name]
            if ($name -eq 'FaultEndpoint') { $value = @($value) -join ',' }
            $body[$map[$name]] = $value
        }
        $uri = Get-SandboxBaseUri $Sandbox
        $json = ConvertTo-Json -InputObject $body -Compress
        if ($PSCmdlet.ShouldProcess($uri, "Set sandbox config $json")) {
            Invoke-RestMethod -Method Post -Uri "$uri/_sandbox/config" -ContentType 'application/json' -Body $json @WebDefaults
        }
    }
}

Export-ModuleMember -Function Join-ProcessArgument, Set-ProcessArgument, Start-LoopbackServer, Stop-LoopbackServer, Start-LiveDeskSandbox, Stop-LiveDeskSandbox, Get-LiveDeskSandboxContact, Get-LiveDeskSandboxStat, Reset-LiveDeskSandbox, Add-LiveDeskSandboxContact, Set-LiveDeskSandboxConfig, Set-LiveDeskSandboxContactLabel, Get-LiveDeskSandboxConversation, Get-LiveDeskSandboxMessage
