#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# The nupkg installs from a PSResourceGet repository and works in a fresh PowerShell process:
# help present, and a contact created in the sandbox.
# PowerShell 7 only: PSResourceGet is bundled with PowerShell 7.4+, not with Windows PowerShell.

BeforeDiscovery {
    $script:skip = $PSVersionTable.PSEdition -ne 'Core' -or -not (Get-Module -ListAvailable Microsoft.PowerShell.PSResourceGet)
}

Describe 'LiveDesk package' -Skip:$skip {
    BeforeAll {
        $root = (Resolve-Path "$PSScriptRoot/../..").ProviderPath
        $staged = Join-Path $root 'out/LiveDesk'
        if (-not (Test-Path -LiteralPath (Join-Path $staged 'LiveDesk.psd1'))) { throw "No staged module in $staged; run 'dotnet pwsh ./build.ps1 Build' first." }
        $version = (Import-PowerShellDataFile -LiteralPath (Join-Path $staged 'LiveDesk.psd1')).ModuleVersion

        Import-Module "$PSScriptRoot/../../build/LiveDesk.Package.psm1" -Force
        Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1"
        Import-Module "$PSScriptRoot/../../build/LiveDesk.BuildTools.psm1"

        $repositoriesBefore = @(Get-PSResourceRepository | ForEach-Object Name)
        $feed = Join-Path $TestDrive 'feed'
        New-Item -ItemType Directory -Path $feed | Out-Null
        $package = New-LiveDeskPackage -ModulePath $staged -OutputPath $feed
        $repositoriesAfterPack = @(Get-PSResourceRepository | ForEach-Object Name)

        $repository = 'LiveDeskTest-' + [guid]::NewGuid().ToString('N').Substring(0, 12)
        Register-PSResourceRepository -Name $repository -Uri $feed -Trusted
        $modules = Join-Path $TestDrive 'modules'
        New-Item -ItemType Directory -Path $modules | Out-Null
        Save-PSResource -Name LiveDesk -Repository $repository -Path $modules -TrustRepository -SkipDependencyCheck -Quiet

        $sb = Start-LiveDeskSandbox
    }

    AfterAll {
        if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
        if ($repository) { Unregister-PSResourceRepository -Name $repository -ErrorAction SilentlyContinue }
    }

    It 'is named LiveDesk.<version>.nupkg and contains the module files' {
        Split-Path $package -Leaf | Should -BeExactly "LiveDesk.$version.nupkg"
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $zip = [IO.Compression.ZipFile]::OpenRead($package)
        try { $entries = @($zip.Entries | ForEach-Object { $_.FullName }) } finally { $zip.Dispose() }
        foreach ($file in 'LiveDesk.psd1', 'LiveDesk.dll', 'LiveDesk.format.ps1xml', 'LICENSE', 'en-US/LiveDesk.dll-Help.xml', 'en-US/about_LiveDesk.help.txt', 'dependencies/System.Text.Json.dll') {
            $entries | Should -Contain $file
        }
        # NuGet's own parts ([Content_Types].xml, _rels/, package/) aside, only the staged files ship.
        $entries | Where-Object { $_ -match '\.(pdb|xml)$' -and $_ -notmatch '^en-US/' -and $_ -ne '[Content_Types].xml' } | Should -BeNullOrEmpty -Because 'only the staged files ship'
    }

    It 'leaves no temporary repository registered' {
        $repositoriesAfterPack | Should -Be $repositoriesBefore
    }

    It 'installs from a repository with Save-PSResource' {
        Test-Path -LiteralPath (Join-Path $modules "LiveDesk/$version/LiveDesk.psd1") | Should -BeTrue
        Test-Path -LiteralPath (Join-Path $modules "LiveDesk/$version/en-US/LiveDesk.dll-Help.xml") | Should -BeTrue
    }

    It 'imports by name in a fresh process, shows help and creates a contact in the sandbox' {
        Reset-LiveDeskSandbox -Sandbox $sb
        $script = @'
$ErrorActionPreference = 'Stop'
$env:PSModulePath = '__MODULES__' + [IO.Path]::PathSeparator + $env:PSModulePath
Import-Module LiveDesk -RequiredVersion '__VERSION__'
$help = Get-Help New-LiveDeskContact
Connect-LiveDesk
$contact = New-LiveDeskContact -InboxId 407 -Name 'Package Test' -Email 'package.test@example.com'
[pscustomobject]@{
    ModuleBase = (Get-Module LiveDesk).ModuleBase
    Synopsis   = $help.Synopsis
    Examples   = @($help.examples.example).Count
    ContactId  = $contact.Id
    Outcome    = [string] $contact.Outcome
} | ConvertTo-Json -Compress
'@.Replace('__MODULES__', $modules.Replace("'", "''")).Replace('__VERSION__', $version)
        $child = Invoke-ChildPwsh -Command $script -TimeoutSec 120 -Environment @{
            LIVEDESK_BASE_URI   = [string] $sb.Uri
            LIVEDESK_API_KEY    = $sb.Credential.UserName
            LIVEDESK_API_SECRET = $sb.Credential.GetNetworkCredential().Password
        }
        $child.ExitCode | Should -Be 0 -Because ($child.Output -join "`n")
        $result = ($child.StandardOutput | Select-Object -Last 1) | ConvertFrom-Json
        $result.ModuleBase | Should -BeLike "$modules*"
        $result.Synopsis | Should -Match 'Creates LiveDesk contacts'
        $result.Examples | Should -BeGreaterOrEqual 2
        $result.Outcome | Should -Be 'Created'

        $stored = @(Get-LiveDeskSandboxContact -Sandbox $sb | Where-Object { $_.Email -eq 'package.test@example.com' })
        $stored.Count | Should -Be 1
        $stored[0].Id | Should -Be $result.ContactId
    }
}
