#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
<#
    What a hostile server gets back to the user, through the staged module and the hostile server:
    - a gateway that echoes the request's headers (every echo-* mode) never gets the credential into a stream,
      $Error (inner exceptions included), Export-Clixml of the error records or a transcript;
    - control characters in server data never reach the terminal through the module's views;
    - a refused certificate stops an import at its first row with one terminating LiveDesk.TlsError, no retries;
    - Disconnect-LiveDesk under a command in another runspace is LiveDesk.NotConnected.
#>

BeforeDiscovery {
    $echoModes = @('echo-plain', 'echo-folded', 'echo-json', 'echo-url', 'echo-html', 'echo-200', 'echo-422') | ForEach-Object { @{ Mode = $_ } }
    $tlsKinds = @(
        @{ Kind = 'self-signed'; Reason = 'not trusted' }
        @{ Kind = 'expired'; Reason = 'expired' }
        @{ Kind = 'wrong-name'; Reason = 'different name' }
    )
}

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Hostile.psm1" -Force
    $hs = Start-HostileServer
    $modulePath = (Get-LiveDeskTestPath).Module

    # '+' and '/' make the encoded forms differ from the plain one; the quote tests JSON escaping.
    $key = 'echo-key'
    $secret = 'Echo+Secret/4711"Kiwi'
    $token = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("${key}:$secret")).TrimEnd('=')
    $forms = @(
        $secret, $token, $token.Replace('+', '-').Replace('/', '_'), [uri]::EscapeDataString($token), [uri]::EscapeDataString($secret),
        [Net.WebUtility]::UrlEncode($secret), [Net.WebUtility]::HtmlEncode($secret), $secret.Replace('"', '\"'), $secret.Replace('+', '\u002B'),
        'Echo+Secret', 'Secret/4711'
    )
    # Pieces of the token too: an echo split by markup or cut short must not leave a readable part of it.
    $forms += @(0..($token.Length - 12) | ForEach-Object { $token.Substring($_, 12) })

    # A leak is a leak whatever the casing and wherever line breaks (or their JSON escapes) split it.
    function Find-Credential([string] $Text) {
        $flat = [regex]::Replace($Text, '\s+|\\[nrt]|_x000[AD]_', '')
        foreach ($form in $forms) {
            if ($flat.IndexOf($form, [StringComparison]::OrdinalIgnoreCase) -ge 0) { $form }
        }
        if ($Text -match '(?i)authori[sz]ation\W{0,8}(basic|bearer)') { $Matches[0] }
    }

    $childScript = Join-Path $TestDrive 'echo-run.ps1'
    Set-Content -LiteralPath $childScript -Value @'
# The secret comes in an environment variable: a command line would show in the transcript's header.
param($ModulePath, $Origin, $Transcript, $Clixml, $Modes)
$VerbosePreference = 'Continue'
$DebugPreference = 'Continue'
$InformationPreference = 'Continue'
$ErrorActionPreference = 'Continue'
Import-Module $ModulePath
$credential = [pscredential]::new($env:ECHO_KEY, (ConvertTo-SecureString $env:ECHO_SECRET -AsPlainText -Force))
Start-Transcript -LiteralPath $Transcript -IncludeInvocationHeader | Out-Null
try {
    foreach ($mode in $Modes -split ',') {
        $before = $Error.Count
        $base = "$Origin/m/$mode/"
        try { Connect-LiveDesk -Credential $credential -BaseUri $base -RetryIntervalSec 0 -MaximumRetryCount 1 -Verbose -Debug }
        catch { $_ | Format-List * -Force; $_.Exception.ToString() }
        Connect-LiveDesk -Credential $credential -BaseUri $base -RetryIntervalSec 0 -MaximumRetryCount 1 -SkipCredentialCheck
        @([pscustomobject]@{ name = 'Echo'; email = "echo@example.com" }, [pscustomobject]@{ name = 'Anon' }) |
            New-LiveDeskContact -InboxId 407 -Verbose -Debug
        Get-LiveDeskContact -First 1 -Verbose -Debug
        Get-LiveDeskContact -Email 'echo@example.com' -Verbose -Debug
        Set-LiveDeskContact -Id 1 -Name 'Renamed' -Verbose -Debug
        Send-LiveDeskMessage -ConversationId 5 -Content 'hello' -Verbose -Debug
        $new = @($Error | Select-Object -First ($Error.Count - $before))
        $redacted = @($new | Where-Object { $_.Exception.Message -like '*`[redacted`]*' }).Count
        "REDACTED ${mode}: $redacted of $($new.Count)"
    }
    foreach ($record in $Error) {
        $record | Format-List * -Force
        $record.Exception | Format-List * -Force
        for ($e = $record.Exception; $e; $e = $e.InnerException) { $e.ToString() }
    }
    $Error | Export-Clixml -LiteralPath $Clixml -Depth 6
}
finally { Stop-Transcript | Out-Null }
'@
    $transcript = Join-Path $TestDrive 'echo-transcript.txt'
    $clixml = Join-Path $TestDrive 'echo-errors.xml'
    $modes = 'echo-plain,echo-folded,echo-json,echo-url,echo-html,echo-200,echo-422'
    $child = Invoke-ChildPwsh -ScriptPath $childScript -TimeoutSec 240 -ArgumentList $modulePath, $hs.Origin, $transcript, $clixml, $modes -Environment @{
        ECHO_KEY = $key; ECHO_SECRET = $secret
    }
    $childText = $child.Output -join "`n"
    $transcriptText = if (Test-Path -LiteralPath $transcript) { Get-Content -Raw -LiteralPath $transcript } else { '' }
    $clixmlText = if (Test-Path -LiteralPath $clixml) { Get-Content -Raw -LiteralPath $clixml } else { '' }
}

AfterAll {
    Disconnect-LiveDesk -ErrorAction SilentlyContinue
    if ($hs) { Stop-HostileServer $hs }
}

Describe 'A server that echoes the request headers' {
    It 'ran: the child finished, wrote a transcript and the error records' {
        $child.ExitCode | Should -Be 0 -Because $childText
        $transcriptText | Should -Match 'REDACTED echo-plain'
        $clixmlText | Should -Match 'LiveDesk\.'
    }

    It '<Mode>: the echo reached the module''s messages, with the credential cut out' -ForEach $echoModes {
        $line = @($child.Output | Where-Object { $_ -like "REDACTED ${Mode}:*" })
        $line.Count | Should -Be 1 -Because $childText
        $line[0] | Should -Match ': [1-9]\d* of ' -Because 'the server''s text, and with it the echo, must be in the messages'
    }

    It 'no form of the credential is in the output of any stream' {
        @(Find-Credential $childText) | Should -BeNullOrEmpty
    }

    It 'no form of the credential is in the transcript' {
        @(Find-Credential $transcriptText) | Should -BeNullOrEmpty
    }

    It 'no form of the credential is in Export-Clixml of $Error' {
        @(Find-Credential $clixmlText) | Should -BeNullOrEmpty
    }
}

Describe 'Control characters in server data' {
    BeforeAll {
        Connect-LiveDesk -Credential ([pscredential]::new($key, (New-TestSecret $secret))) -BaseUri (Get-HostileBaseUri $hs 'ctl') -SkipCredentialCheck
        $contact = Get-LiveDeskContact -First 1
        # Everything but line breaks and tabs, which the formatter itself writes.
        $control = '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]'
        $hostile = "Eve$([char]27)]0;owned$([char]7)"
    }

    It 'the object keeps the exact data: Select-Object and Format-List * reach it' {
        $contact.Name | Should -BeLike "$hostile*"
        (($contact | Select-Object -ExpandProperty Email)) | Should -BeLike "$hostile*"
        ($contact | Format-List * | Out-String) | Should -Match ([regex]::Escape([string][char]27))
    }

    It 'the default <View> view shows no control character, and placeholders instead' -ForEach @(
        @{ View = 'table'; Format = { param($o) $o | Format-Table | Out-String -Width 4000 } }
        @{ View = 'list'; Format = { param($o) $o | Format-List | Out-String -Width 4000 } }
        @{ View = 'implicit'; Format = { param($o) $o | Out-String -Width 4000 } }
    ) {
        $text = & $Format $contact
        $text | Should -Not -Match $control
        $text | Should -Match ([regex]::Escape('Eve' + [char]0x241B + ']0;owned' + [char]0x2407))
    }

    It 'every string property of every output type is shown safely by its table and list views' {
        $evil = "x$([char]27)[2J$([char]0x9B)y"
        # The module makes these objects; the test makes them the same way (some constructors are not public).
        function New-Output([type] $Type) { [Activator]::CreateInstance($Type, $true) }
        $conversation = New-Output ([LiveDesk.Models.LiveDeskConversation])
        $conversation.Contact = New-Output ([LiveDesk.Models.LiveDeskContact])
        $conversation.Contact.Name = $evil
        $objects = @(
            New-Output ([LiveDesk.Models.LiveDeskContact])
            $conversation
            New-Output ([LiveDesk.Models.LiveDeskMessage])
            New-Output ([LiveDesk.Models.LiveDeskContactInbox])
        )
        foreach ($object in $objects) {
            foreach ($property in $object.PSObject.Properties | Where-Object { $_.TypeNameOfValue -eq 'System.String' -and $_.IsSettable }) {
                $object.($property.Name) = $evil
            }
            foreach ($text in @(($object | Format-Table | Out-String -Width 4000), ($object | Format-List | Out-String -Width 4000))) {
                $text | Should -Not -Match $control -Because $object.GetType().Name
                $text | Should -Match ([char]0x241B) -Because "$($object.GetType().Name) shows server text"
            }
        }
    }
}

Describe 'A certificate the client must refuse' {
    BeforeEach { Reset-HostileRequest $hs }

    It '<Kind>: an import stops at its first row with one terminating LiveDesk.TlsError, no retries' -ForEach $tlsKinds {
        Connect-LiveDesk -ApiKey $key -ApiSecret (New-TestSecret $secret) -BaseUri "$($hs.Tls[$Kind])/" -SkipCredentialCheck -RetryIntervalSec 1 -MaximumRetryCount 5
        $rows = 1..3 | ForEach-Object { [pscustomobject]@{ name = "Tls $_"; email = "tls$_@example.com" } }
        $Error.Clear()
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $caught = $null
        try { $rows | New-LiveDeskContact -InboxId 407 -ThrottleLimit 1 -ErrorAction Continue } catch { $caught = $_ }
        $watch.Stop()
        $caught | Should -Not -BeNullOrEmpty -Because 'a refused certificate ends the import'
        ($caught | Get-ErrorIdPrefix) | Should -Be 'LiveDesk.TlsError'
        $caught.CategoryInfo.Category | Should -Be 'SecurityError'
        $caught.Exception.Message | Should -Match $Reason
        $caught.Exception.Message | Should -Match 'Nothing was sent'
        @($Error | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | Get-ErrorIdPrefix | Where-Object { $_ -ne 'LiveDesk.TlsError' }) | Should -BeNullOrEmpty
        (Get-HostileHandshake $hs).$Kind | Should -Be 1 -Because 'nothing was sent, so nothing is tried again'
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 10
    }

    It 'Connect-LiveDesk with the credential check says the same' {
        { Connect-LiveDesk -ApiKey $key -ApiSecret (New-TestSecret $secret) -BaseUri "$($hs.Tls['self-signed'])/" -ErrorAction Stop } |
            Should -Throw -ErrorId 'LiveDesk.TlsError*'
    }
}

Describe 'Disconnect-LiveDesk while another runspace uses the connection' {
    It 'the command in flight ends with LiveDesk.NotConnected' {
        $connection = Connect-LiveDesk -ApiKey $key -ApiSecret (New-TestSecret $secret) -BaseUri (Get-HostileBaseUri $hs 'slow') -SkipCredentialCheck -PassThru
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript({
                    param($ModulePath, $Connection)
                    Import-Module $ModulePath
                    try { Get-LiveDeskContact -First 1 -Connection $Connection -ErrorAction Stop; 'no error' }
                    catch { ($_.FullyQualifiedErrorId -split ',')[0] }
                }).AddArgument($modulePath).AddArgument($connection)
            $async = $ps.BeginInvoke()
            $deadline = [DateTime]::UtcNow.AddSeconds(20)
            while (-not @(Get-HostileRequest $hs | Where-Object { $_.target -like '*/m/slow/*' }).Count -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
            Disconnect-LiveDesk
            $null = $async.AsyncWaitHandle.WaitOne(15000)
            $result = @($ps.EndInvoke($async))
            $result | Should -Be @('LiveDesk.NotConnected')
        }
        finally { $ps.Dispose() }
    }
}

Describe 'A 422 that mixes "already taken" with another complaint' {
    It 'fails the row as rejected under -IfExists Skip instead of coming back as the existing contact' {
        Connect-LiveDesk -ApiKey $key -ApiSecret (New-TestSecret $secret) -BaseUri (Get-HostileBaseUri $hs 'taken-mixed') -SkipCredentialCheck -RetryIntervalSec 0
        $out = @([pscustomobject]@{ name = 'Mixed'; email = 'mixed@example.com' } |
                New-LiveDeskContact -InboxId 407 -IfExists Skip -ErrorVariable ev -ErrorAction SilentlyContinue)
        $out | Should -BeNullOrEmpty -Because 'the server did not say the contact exists, only that the e-mail is taken among other faults'
        @($ev).Count | Should -Be 1
        ($ev[0] | Get-ErrorIdPrefix) | Should -Be 'LiveDesk.ContactInvalid'
        $ev[0].Exception.Message | Should -Match 'Name is too long'
    }
}
