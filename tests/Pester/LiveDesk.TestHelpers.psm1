#Requires -Version 5.1
<#
    Shared helpers of the cmdlet test files (Connect-LiveDesk.Tests.ps1, New-LiveDeskContact.Tests.ps1, Import.*.Tests.ps1, ...).
    The test files import the STAGED module (out/LiveDesk) and LiveDesk.Sandbox.psm1 themselves; this module only
    builds rows and CSV files, resets the sandbox to a known state, and passes on the child-PowerShell launcher of
    build/LiveDesk.BuildTools.psm1.
    Runs in PowerShell 7 and in Windows PowerShell 5.1 (CI runs the suite in both; see WindowsPowerShell.Tests.ps1).
#>
Set-StrictMode -Version 3.0

$script:RepoRoot = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
# The one child-PowerShell launcher (Get-PwshCommand, Invoke-ChildPwsh) of build and tests; re-exported below so the
# test files keep importing this module only.
Import-Module (Join-Path $script:RepoRoot 'build/LiveDesk.BuildTools.psm1')
Import-Module (Join-Path $PSScriptRoot 'LiveDesk.Sandbox.psm1')

function Get-LiveDeskTestPath {
    <# Paths the tests need: the staged module manifest, the sandbox helper, this module. #>
    [pscustomobject]@{
        Module     = Join-Path $script:RepoRoot 'out/LiveDesk/LiveDesk.psd1'
        Sandbox    = Join-Path $script:RepoRoot 'tests/Pester/LiveDesk.Sandbox.psm1'
        Helpers    = Join-Path $script:RepoRoot 'tests/Pester/LiveDesk.TestHelpers.psm1'
        RepoRoot   = $script:RepoRoot
    }
}

function Reset-TestSandbox {
    <# Clears the sandbox and puts every knob back to "no faults, no latency, no rate limit". #>
    param([Parameter(Mandatory)] [object] $Sandbox, [int] $Seed = 1)
    $null = Set-LiveDeskSandboxConfig -Sandbox $Sandbox -LatencyMs 0 -LatencyJitterMs 0 -RateLimit 0 -RateWindow 1 -Limiter fixed -RateBurst 0 `
        -SearchRateLimit 0 -SearchRateWindow 60 -MaxPageSize 0 -FaultEndpoint all -RetryAfter $false -RetryAfterAsDate $false `
        -FailRate 0 -FailAfterCommitRate 0 -DropRate 0 -CreateKeepsAdditionalAttributes $false -Seed $Seed -AttachmentLimit 41943040 -MalformedUpload empty-message -StripAttachments $false
    Reset-LiveDeskSandbox -Sandbox $Sandbox
}

function Connect-TestSandbox {
    <#
        Connects the current runspace to the sandbox with fast retries (the defaults wait 1 s, 2 s, ... between
        retries, which only slows the suite down). Extra parameters go to Connect-LiveDesk.
    #>
    param(
        [Parameter(Mandatory)] [object] $Sandbox,
        [int] $RetryIntervalSec = 0,
        [int] $MaximumRetryCount = 4,
        [switch] $PassThru,
        [switch] $SkipCredentialCheck
    )
    Connect-LiveDesk -Credential $Sandbox.Credential -BaseUri $Sandbox.Uri -RetryIntervalSec $RetryIntervalSec `
        -MaximumRetryCount $MaximumRetryCount -PassThru:$PassThru -SkipCredentialCheck:$SkipCredentialCheck
}

function New-TestSecret([string] $Text) { ConvertTo-SecureString -String $Text -AsPlainText -Force }

function New-TestContactRow {
    <#
        Rows as Import-Csv gives them (all values strings), with the API's column names:
        inbox_id, name, email, phone_number, identifier. -NameOnly leaves e-mail, phone and identifier empty.
    #>
    param(
        [Parameter(Mandatory)] [int] $Count,
        [string] $Prefix = 'row',
        [long] $InboxId = 407,
        [int] $Start = 1,
        [switch] $NameOnly,
        [switch] $NoPhone
    )
    $runTag = [guid]::NewGuid().ToString('N').Substring(0, 6)
    for ($i = $Start; $i -lt $Start + $Count; $i++) {
        $n = $i.ToString('00000', [cultureinfo]::InvariantCulture)
        if ($NameOnly) {
            [pscustomobject][ordered]@{ inbox_id = "$InboxId"; name = "$Prefix $runTag $n"; email = ''; phone_number = ''; identifier = '' }
        }
        else {
            [pscustomobject][ordered]@{
                inbox_id     = "$InboxId"
                name         = "$Prefix $n"
                email        = "$Prefix.$n@example.com".ToLowerInvariant()
                phone_number = if ($NoPhone) { '' } else { '+4915' + ([long]1000000000 + $i).ToString([cultureinfo]::InvariantCulture) }
                identifier   = "$Prefix-$n"
            }
        }
    }
}

function Write-TestCsv {
    <#
        Writes rows to a UTF-8 CSV file (as a spreadsheet export would) and returns the path.
        Windows PowerShell's Export-Csv has no -UseQuotes (it quotes every field) and its -Encoding UTF8 writes a BOM,
        which makes its Import-Csv read the file as UTF-8 whatever the code page (PowerShell 7 reads UTF-8 either way).
    #>
    param([Parameter(Mandatory)] [string] $Path, [Parameter(Mandatory)] [object[]] $Row)
    if ($PSVersionTable.PSEdition -eq 'Core') {
        $Row | Export-Csv -LiteralPath $Path -NoTypeInformation -Encoding utf8NoBOM -UseQuotes AsNeeded
    }
    else {
        $Row | Export-Csv -LiteralPath $Path -NoTypeInformation -Encoding UTF8
    }
    $Path
}

function Write-TestCsvText {
    <#
        Writes literal CSV lines (header first) as UTF-8 and returns the path: without a BOM in PowerShell 7, with one
        in Windows PowerShell (a BOM makes its Import-Csv read UTF-8 whatever its -Encoding default and the code page).
    #>
    param([Parameter(Mandatory)] [string] $Path, [Parameter(Mandatory)] [string[]] $Line)
    $bom = $PSVersionTable.PSEdition -ne 'Core'
    [IO.File]::WriteAllLines($Path, $Line, [Text.UTF8Encoding]::new($bom))
    $Path
}

function Get-ClosedLoopbackPort {
    <# A loopback port nothing listens on (bound and released at once). #>
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try { $listener.LocalEndpoint.Port } finally { $listener.Stop() }
}

function Get-ErrorIdPrefix {
    <# The ErrorId part of a FullyQualifiedErrorId ("LiveDesk.InvalidEmail,LiveDesk.Commands.New..." -> "LiveDesk.InvalidEmail"). #>
    param([Parameter(Mandatory, ValueFromPipeline)] [System.Management.Automation.ErrorRecord] $ErrorRecord)
    process { ($ErrorRecord.FullyQualifiedErrorId -split ',')[0] }
}

function Assert-ImportedRow {
    <#
        Checks an import of one sample file against its expected rows (the shape of examples/import-expected.json):
        the ErrorIds of the refused rows in order, then name, e-mail, phone number and identifier of every stored
        contact, matched to the expected rows through the command's output.
    #>
    param(
        [Parameter(Mandatory)] [AllowEmptyCollection()] [object[]] $Expected,
        [Parameter(Mandatory)] [AllowEmptyCollection()] [object[]] $Output,
        [Parameter(Mandatory)] [AllowEmptyCollection()] [AllowNull()] [object[]] $ErrorRecord,
        [Parameter(Mandatory)] $Sandbox,
        [Parameter(Mandatory)] [string] $File
    )
    $refused = { param($r) $r.PSObject.Properties['error'] -and $r.error }
    $wantedErrors = @($Expected | Where-Object { & $refused $_ } | ForEach-Object { $_.error })
    $messages = @($ErrorRecord | Where-Object { $_ } | ForEach-Object { $_.Exception.Message }) -join ' | '
    @($ErrorRecord | Where-Object { $_ } | Get-ErrorIdPrefix) | Should -Be $wantedErrors -Because "the errors of $File ($messages)"
    $good = @($Expected | Where-Object { -not (& $refused $_) })
    $Output.Count | Should -Be $good.Count -Because "one output object per stored row of $File"
    $stored = @(Get-LiveDeskSandboxContact -Sandbox $Sandbox)
    $stored.Count | Should -Be $good.Count -Because "the contacts stored from $File"
    for ($i = 0; $i -lt $good.Count; $i++) {
        $want = $good[$i]
        $got = $stored | Where-Object id -EQ $Output[$i].Id
        $because = "row $($i + 1) of $File"
        $got.name | Should -BeExactly $want.name -Because $because
        $got.email | Should -BeExactly $want.email -Because $because
        $got.phone_number | Should -BeExactly $want.phoneNumber -Because $because
        $got.identifier | Should -BeExactly $want.identifier -Because $because
    }
}

function Start-ChildImport {
    <#
        Runs -Script in a new runspace that has imported the staged module and connected to the sandbox (fast retries,
        no credential check), the way a user's own session would, and returns at once: the caller can change the
        sandbox while the import runs, stop it (Stop-ChildImport) or collect it (Receive-ChildImport). The script is
        passed as text, so it runs in the child's session state, not in the test's.
    #>
    param([Parameter(Mandatory)] [object] $Sandbox, [Parameter(Mandatory)] [scriptblock] $Script)
    $ps = [powershell]::Create()
    $null = $ps.AddScript({
            param($ModulePath, $Uri, $Credential, $Body)
            $ProgressPreference = 'Continue'
            Import-Module $ModulePath
            Connect-LiveDesk -Credential $Credential -BaseUri $Uri -SkipCredentialCheck -RetryIntervalSec 0
            . ([scriptblock]::Create($Body))
        }).AddArgument((Get-LiveDeskTestPath).Module).AddArgument($Sandbox.Uri).AddArgument($Sandbox.Credential).AddArgument($Script.ToString())
    [pscustomobject]@{ PowerShell = $ps; Handle = $ps.BeginInvoke() }
}

function Receive-ChildImport {
    <# Waits for a child import and returns its output, errors and progress records; the runspace is disposed. #>
    param([Parameter(Mandatory)] [object] $Child)
    try {
        $output = @($Child.PowerShell.EndInvoke($Child.Handle))
        [pscustomobject]@{ Output = $output; Errors = @($Child.PowerShell.Streams.Error); Progress = @($Child.PowerShell.Streams.Progress) }
    }
    finally { $Child.PowerShell.Dispose() }
}

function Stop-ChildImport {
    <#
        Stops a running child import as Ctrl+C would and checks that it stopped within -WithinSec (each step gives its
        in-flight requests a second to observe the cancellation; the rest is slack for a busy machine), that it ended
        Stopped, and, after -QuietMs, that the sandbox saw no request after Stop returned. Returns the sandbox's
        statistics as they were when Stop returned.
    #>
    param([Parameter(Mandatory)] [object] $Child, [Parameter(Mandatory)] [object] $Sandbox, [Parameter(Mandatory)] [double] $WithinSec, [int] $QuietMs = 1500)
    try {
        $Child.PowerShell.InvocationStateInfo.State | Should -Be 'Running'
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $Child.PowerShell.Stop()
        $watch.Stop()
        $watch.Elapsed.TotalSeconds | Should -BeLessThan $WithinSec
        $Child.PowerShell.InvocationStateInfo.State | Should -Be 'Stopped'
        $Child.Handle.IsCompleted | Should -BeTrue
    }
    finally { $Child.PowerShell.Dispose() }
    $stats = Get-LiveDeskSandboxStat -Sandbox $Sandbox
    Start-Sleep -Milliseconds $QuietMs
    (Get-LiveDeskSandboxStat -Sandbox $Sandbox).requests | Should -Be $stats.requests -Because 'no request may be sent after Stop returned'
    $stats
}

Export-ModuleMember -Function Get-LiveDeskTestPath, Reset-TestSandbox, Connect-TestSandbox, New-TestSecret, New-TestContactRow,
    Write-TestCsv, Write-TestCsvText, Get-ClosedLoopbackPort, Get-PwshCommand, Invoke-ChildPwsh,
    Get-ErrorIdPrefix, Assert-ImportedRow, Start-ChildImport, Receive-ChildImport, Stop-ChildImport
