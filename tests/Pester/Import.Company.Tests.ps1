#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# The contact's company when no header names it: a CRM's account column in another language, a column of legal-entity
# names (said once), never a bank account: the staged module, the way a user runs it, against the sandbox.

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    $sb = Start-LiveDeskSandbox -Inbox 407
    Connect-TestSandbox -Sandbox $sb
    function Get-Stored { @(Get-LiveDeskSandboxContact -Sandbox $sb) }
}

AfterAll {
    Disconnect-LiveDesk
    if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
}

Describe 'The company when no header names it' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
    }

    It 'takes a Turkish CRM account column for the company, but not the bank account beside it' {
        $path = Write-TestCsvText -Path (Join-Path $TestDrive 'crm-tr.csv') -Line @(
            'Adı,Soyadı,E-posta,Hesap Adı,Kontonummer'
            'Ayşe,Yılmaz,ayse@example.com,Koç Holding,532013000'
            'Mehmet,Demir,mehmet@example.com,Arçelik,532013001'
        )
        $out = @(Import-Csv -LiteralPath $path -Encoding utf8 | New-LiveDeskContact -InboxId 407 -ErrorAction Stop -WarningAction SilentlyContinue -Verbose 4>&1)
        $verbose = @($out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message) -join "`n"
        $verbose | Should -Match "Company from 'Hesap Adı'"
        (Get-Stored | Where-Object email -EQ 'ayse@example.com').additional_attributes.company_name | Should -BeExactly 'Koç Holding'
        (Get-Stored | Where-Object email -EQ 'mehmet@example.com').additional_attributes.company_name | Should -BeExactly 'Arçelik'
    }

    It 'takes a column of legal-entity names for the company, says so once, and keeps input order' {
        $lines = @('Name,Email,Xq7') + @(1..60 | ForEach-Object { 'Person {0},p{0}@example.com,Firma {0} GmbH' -f $_ })
        $path = Write-TestCsvText -Path (Join-Path $TestDrive 'legal.csv') -Line $lines
        $out = @(Import-Csv -LiteralPath $path -Encoding utf8 | New-LiveDeskContact -InboxId 407 -ThrottleLimit 4 -WarningVariable wv -WarningAction SilentlyContinue -ErrorAction Stop)
        $out.Count | Should -Be 60
        $out.Email | Should -Be @(1..60 | ForEach-Object { "p$_@example.com" })
        @($wv | Where-Object { "$_" -like "*'Xq7'*Company*" }).Count | Should -Be 1
        (Get-Stored | Where-Object email -EQ 'p7@example.com').additional_attributes.company_name | Should -BeExactly 'Firma 7 GmbH'
    }

    It 'leaves the company empty when -Map says so' {
        $path = Write-TestCsvText -Path (Join-Path $TestDrive 'nomap.csv') -Line @('Name,Email,Xq7', 'Ann Lee,ann@example.com,Acme Ltd', 'Bob Ray,bob@example.com,Globex LLC')
        $null = Import-Csv -LiteralPath $path -Encoding utf8 | New-LiveDeskContact -InboxId 407 -Map @{ Company = $null } -WarningVariable wv -WarningAction SilentlyContinue -ErrorAction Stop
        @($wv | Where-Object { "$_" -like "*Company*" }).Count | Should -Be 0
        (Get-Stored | Where-Object email -EQ 'ann@example.com').additional_attributes.company_name | Should -BeNullOrEmpty
    }
}
