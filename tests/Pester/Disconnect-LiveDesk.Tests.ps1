#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# Disconnect-LiveDesk against the real sandbox process, through the staged module (out/LiveDesk).

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    $sb = Start-LiveDeskSandbox
}

AfterAll {
    Disconnect-LiveDesk
    if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
}

Describe 'Disconnect-LiveDesk' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
    }

    It 'forgets the current connection' {
        Get-LiveDeskConnection | Should -Not -BeNullOrEmpty
        Disconnect-LiveDesk
        Get-LiveDeskConnection | Should -BeNullOrEmpty
    }

    It 'says so with -Verbose' {
        $verbose = Disconnect-LiveDesk -Verbose 4>&1
        "$verbose" | Should -Match 'Disconnected'
    }

    It 'writes nothing and no error when not connected' {
        Disconnect-LiveDesk
        $out = @(Disconnect-LiveDesk -ErrorVariable ev)
        $out.Count | Should -Be 0
        @($ev).Count | Should -Be 0
    }

    It 'makes <Command> fail with a terminating LiveDesk.NotConnected naming Connect-LiveDesk, without a request' -ForEach @(
        @{ Command = 'New-LiveDeskContact'; Script = { [pscustomobject]@{ name = 'n'; email = 'n@example.com' } | New-LiveDeskContact -InboxId 407 } }
        @{ Command = 'Get-LiveDeskContact'; Script = { Get-LiveDeskContact } }
        @{ Command = 'Get-LiveDeskContact -Email'; Script = { Get-LiveDeskContact -Email 'n@example.com' } }
        @{ Command = 'Set-LiveDeskContact'; Script = { Set-LiveDeskContact -Id 1 -Name 'x' } }
    ) {
        Disconnect-LiveDesk
        $caught = $null
        $after = $false
        try { & $Script -ErrorAction SilentlyContinue; $after = $true } catch { $caught = $_ }
        $after | Should -BeFalse
        $caught.FullyQualifiedErrorId | Should -BeLike 'LiveDesk.NotConnected,*'
        $caught.Exception.Message | Should -Match 'Connect-LiveDesk'
        (Get-LiveDeskSandboxStat -Sandbox $sb).requests | Should -Be 0
    }

    It 'closes the connection: a script still passing it with -Connection gets LiveDesk.NotConnected, without a request' {
        $conn = Get-LiveDeskConnection
        Disconnect-LiveDesk
        $caught = $null
        try { [pscustomobject]@{ name = 'Kept'; email = 'kept@example.com' } | New-LiveDeskContact -InboxId 407 -Connection $conn -ErrorAction SilentlyContinue } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -BeLike 'LiveDesk.NotConnected,*'
        $caught.Exception.Message | Should -Match 'closed by Disconnect-LiveDesk'
        $caught.Exception.Message | Should -Match 'Connect-LiveDesk -PassThru'
        (Get-LiveDeskSandboxStat -Sandbox $sb).requests | Should -Be 0
        @(Get-LiveDeskSandboxContact -Sandbox $sb).Count | Should -Be 0
    }

    It 'leaves a connection a script kept open when Connect-LiveDesk makes another one current' {
        $old = Get-LiveDeskConnection
        $new = Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck -PassThru
        @(Get-LiveDeskContact -Connection $old -First 1 -ErrorAction Stop).Count | Should -Be 0
        @(Get-LiveDeskContact -Connection $new -First 1 -ErrorAction Stop).Count | Should -Be 0
    }

    It 'forgets only this runspace''s connection' {
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript({
                    param($m, $uri, $cred)
                    Import-Module $m
                    Connect-LiveDesk -Credential $cred -BaseUri $uri -SkipCredentialCheck
                    [System.Threading.Thread]::Sleep(50)
                }).AddArgument((Get-LiveDeskTestPath).Module).AddArgument($sb.Uri).AddArgument($sb.Credential)
            $null = $ps.Invoke()
            Disconnect-LiveDesk
            $null = $ps.Commands.Clear()
            $null = $ps.AddScript({ @(Get-LiveDeskConnection).Count })
            $ps.Invoke() | Should -Be 1
        }
        finally { $ps.Dispose() }
    }
}
