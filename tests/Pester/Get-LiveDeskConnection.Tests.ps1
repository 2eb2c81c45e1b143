#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# Get-LiveDeskConnection against the real sandbox process, through the staged module (out/LiveDesk).

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

Describe 'Get-LiveDeskConnection' {
    BeforeEach {
        Disconnect-LiveDesk
        Reset-TestSandbox -Sandbox $sb
    }

    It 'returns nothing, and no error, when not connected' {
        $out = @(Get-LiveDeskConnection -ErrorVariable ev)
        $out.Count | Should -Be 0
        @($ev).Count | Should -Be 0
    }

    It 'returns the current connection with its settings' {
        $conn = Connect-LiveDesk -Credential $sb.Credential -BaseUri $sb.Uri -MaximumRetryCount 7 -RetryIntervalSec 2 -TimeoutSec 45 -PassThru
        $got = @(Get-LiveDeskConnection)
        $got.Count | Should -Be 1
        [object]::ReferenceEquals($got[0], $conn) | Should -BeTrue
        $got[0] | Should -BeOfType LiveDesk.Models.LiveDeskConnection
        $got[0].BaseUri.Authority | Should -Be ([uri]$sb.Uri).Authority
        $got[0].ApiKey | Should -BeExactly '*******-key'
        $got[0].CredentialChecked | Should -BeTrue
        $got[0].MaximumRetryCount | Should -Be 7
        $got[0].RetryIntervalSec | Should -Be 2
        $got[0].TimeoutSec | Should -Be 45
        $got[0].ConnectedAt | Should -BeGreaterThan ([DateTimeOffset]::Now.AddMinutes(-1))
        (Get-LiveDeskSandboxStat -Sandbox $sb).requests | Should -Be 1 -Because 'Get-LiveDeskConnection itself sends nothing'
    }

    It 'returns the newer connection after a second Connect-LiveDesk' {
        $first = Connect-LiveDesk -Credential $sb.Credential -BaseUri $sb.Uri -SkipCredentialCheck -PassThru
        $second = Connect-LiveDesk -ApiKey 'second-key-9876' -ApiSecret (New-TestSecret 'x') -BaseUri $sb.Uri -SkipCredentialCheck -PassThru
        $got = Get-LiveDeskConnection
        [object]::ReferenceEquals($got, $second) | Should -BeTrue
        [object]::ReferenceEquals($got, $first) | Should -BeFalse
        $got.ApiKey | Should -BeExactly '***********9876'
    }

    It 'shows BaseUri, ApiKey, ConnectedAt and CredentialChecked in the default view' {
        Connect-LiveDesk -Credential $sb.Credential -BaseUri $sb.Uri
        $text = Get-LiveDeskConnection | Format-Table | Out-String -Width 250
        $text | Should -Match '(?m)^\s*BaseUri\s+ApiKey\s+ConnectedAt\s+CredentialChecked\s*$'
        $text | Should -Match ([regex]::Escape('*******-key'))
    }

    It 'is per runspace: a new runspace sees no connection' {
        Connect-LiveDesk -Credential $sb.Credential -BaseUri $sb.Uri -SkipCredentialCheck
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript({ param($m) Import-Module $m; @(Get-LiveDeskConnection).Count }).AddArgument((Get-LiveDeskTestPath).Module)
            $count = $ps.Invoke()
            $ps.Streams.Error | Should -BeNullOrEmpty
            $count | Should -Be 0
        }
        finally { $ps.Dispose() }
        Get-LiveDeskConnection | Should -Not -BeNullOrEmpty
    }
}
