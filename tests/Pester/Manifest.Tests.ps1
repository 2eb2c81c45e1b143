#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# The staged manifest (out/LiveDesk/LiveDesk.psd1) is ready for the PowerShell Gallery.

BeforeAll {
    $root = (Resolve-Path "$PSScriptRoot/../..").ProviderPath
    $stagedManifest = Join-Path $root 'out/LiveDesk/LiveDesk.psd1'
    $manifest = Test-ModuleManifest -Path $stagedManifest -ErrorAction Stop
    $data = Import-PowerShellDataFile -Path $stagedManifest
    $sourceData = Import-PowerShellDataFile -Path (Join-Path $root 'LiveDesk.psd1')
    $props = [xml](Get-Content -Raw (Join-Path $root 'Directory.Build.props'))
    $expectedVersion = @($props.Project.PropertyGroup | ForEach-Object { $_.Version } | Where-Object { $_ })[0]
    $expectedCmdlets = @('Connect-LiveDesk', 'Disconnect-LiveDesk', 'Get-LiveDeskConnection', 'Get-LiveDeskContact', 'New-LiveDeskContact', 'New-LiveDeskConversation', 'Send-LiveDeskMessage', 'Set-LiveDeskContact', 'Set-LiveDeskConversation')
    Import-Module $stagedManifest -Force
    $module = Get-Module LiveDesk
}

AfterAll {
    Remove-Module LiveDesk -ErrorAction SilentlyContinue
}

Describe 'LiveDesk manifest' {
    It 'passes Test-ModuleManifest' {
        $manifest | Should -Not -BeNullOrEmpty
        $manifest.Name | Should -Be 'LiveDesk'
    }

    It 'has the version of Directory.Build.props' {
        $expectedVersion | Should -Not -BeNullOrEmpty
        $manifest.Version | Should -Be ([version] $expectedVersion)
    }

    It 'keeps ModuleVersion 0.0.0 in the source manifest (the build stamps it)' {
        $sourceData.ModuleVersion | Should -Be '0.0.0'
        (Get-Content -Raw (Join-Path $root 'LiveDesk.psd1')) | Should -Match "(?m)^\s*ModuleVersion\s*=\s*'0\.0\.0'\s*$"
    }

    It 'differs from the source manifest only in the version' {
        $staged = (Get-Content -Raw $stagedManifest) -replace "(?m)^(\s*ModuleVersion\s*=\s*)'[^']*'", '$1X'
        $source = (Get-Content -Raw (Join-Path $root 'LiveDesk.psd1')) -replace "(?m)^(\s*ModuleVersion\s*=\s*)'[^']*'", '$1X'
        ($staged -replace '\r\n', "`n").Trim() | Should -BeExactly ($source -replace '\r\n', "`n").Trim()
    }

    It 'loads LiveDesk.dll as the root module' {
        $data.RootModule | Should -Be 'LiveDesk.dll'
        Test-Path (Join-Path $manifest.ModuleBase 'LiveDesk.dll') | Should -BeTrue
    }

    It 'has a fixed GUID' {
        $manifest.Guid | Should -Be ([guid] '6f0b3c1e-5a3d-4c8e-9b7a-2d41c7e9a815')
    }

    It 'has author, company, copyright and a description' {
        $manifest.Author | Should -Be 'LiveDesk for PowerShell contributors'
        $manifest.CompanyName | Should -Not -BeNullOrEmpty
        $manifest.Copyright | Should -Match '2026'
        $manifest.Description.Length | Should -BeGreaterThan 40
    }

    It 'supports Windows PowerShell 5.1 and PowerShell 7' {
        $data.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $data.PowerShellVersion | Should -Be '5.1'
    }

    It 'exports exactly the nine cmdlets, and nothing else' {
        @($data.CmdletsToExport | Sort-Object) | Should -Be $expectedCmdlets
        @($data.FunctionsToExport).Count | Should -Be 0
        @($data.VariablesToExport).Count | Should -Be 0
        @($data.AliasesToExport).Count | Should -Be 0
        @($manifest.ExportedCmdlets.Keys | Sort-Object) | Should -Be $expectedCmdlets
    }

    It 'really exports the nine cmdlets when imported' {
        @(Get-Command -Module LiveDesk | Sort-Object Name | ForEach-Object Name) | Should -Be $expectedCmdlets
        @(Get-Command -Module LiveDesk | Where-Object CommandType -NE 'Cmdlet') | Should -BeNullOrEmpty
    }

    It 'loads its format file' {
        $data.FormatsToProcess | Should -Be 'LiveDesk.format.ps1xml'
        Test-Path (Join-Path $manifest.ModuleBase 'LiveDesk.format.ps1xml') | Should -BeTrue
    }

    It 'has Gallery metadata: tags, project, license and release notes' {
        $psData = $data.PrivateData.PSData
        foreach ($tag in 'LiveDesk', 'EngageLab', 'Chatwoot', 'Helpdesk', 'Contacts', 'CSV', 'Import', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS') {
            $psData.Tags | Should -Contain $tag
        }
        $psData.Tags | Where-Object { $_ -match '\s' } | Should -BeNullOrEmpty -Because 'Gallery tags cannot contain spaces'
        $psData.ProjectUri | Should -Be 'https://github.com/livedesk-powershell/LiveDesk'
        $psData.LicenseUri | Should -Match '^https://github\.com/livedesk-powershell/LiveDesk/.*LICENSE$'
        $psData.ReleaseNotes | Should -Not -BeNullOrEmpty
    }

    It 'ships the license and the help next to the manifest' {
        Get-Content -Raw (Join-Path $manifest.ModuleBase 'LICENSE') | Should -Match 'MIT License'
        Test-Path (Join-Path $manifest.ModuleBase 'en-US/LiveDesk.dll-Help.xml') | Should -BeTrue
        Test-Path (Join-Path $manifest.ModuleBase 'en-US/about_LiveDesk.help.txt') | Should -BeTrue
    }

    It 'has a CHANGELOG entry for the version' {
        Get-Content -Raw (Join-Path $root 'CHANGELOG.md') | Should -Match "(?m)^## \[$([regex]::Escape($expectedVersion))\]"
    }
}
