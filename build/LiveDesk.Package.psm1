#Requires -Version 7.2
<#
    LiveDesk.Package: turns the staged module folder into the .nupkg that the PowerShell Gallery
    receives, using PSResourceGet (bundled with PowerShell 7.4+) and a temporary local repository,
    so the package is exactly what Publish-PSResource would upload.
#>

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

function New-LiveDeskPackage {
    <#
    .SYNOPSIS
    Packs the staged module into <OutputPath>/<Name>.<Version>.nupkg and returns its path.
    .DESCRIPTION
    Registers a uniquely named local PSResourceGet repository in a temporary folder, publishes the
    module folder to it (Publish-PSResource validates the manifest on the way), copies the nupkg to
    OutputPath and always unregisters the repository and deletes the folder again.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        # The staged module folder, e.g. out/LiveDesk (containing LiveDesk.psd1).
        [Parameter(Mandatory)] [string] $ModulePath,
        # Where the nupkg is written, e.g. out.
        [Parameter(Mandatory)] [string] $OutputPath
    )

    Import-Module Microsoft.PowerShell.PSResourceGet -ErrorAction Stop
    $module = (Resolve-Path -LiteralPath $ModulePath).ProviderPath
    $name = Split-Path $module -Leaf
    $manifestPath = Join-Path $module "$name.psd1"
    if (-not (Test-Path -LiteralPath $manifestPath)) { throw "No module manifest '$manifestPath'." }
    $manifest = Import-PowerShellDataFile -LiteralPath $manifestPath
    $version = $manifest.ModuleVersion
    $prerelease = $null
    if ($manifest.ContainsKey('PrivateData') -and $manifest.PrivateData.PSData -and $manifest.PrivateData.PSData['Prerelease']) {
        $prerelease = $manifest.PrivateData.PSData['Prerelease']
    }

    New-Item -ItemType Directory -Path $OutputPath -Force | Out-Null
    $output = (Resolve-Path -LiteralPath $OutputPath).ProviderPath
    $repositoryName = 'LiveDeskPack-' + [guid]::NewGuid().ToString('N').Substring(0, 12)
    $repositoryPath = Join-Path ([IO.Path]::GetTempPath()) $repositoryName
    New-Item -ItemType Directory -Path $repositoryPath | Out-Null
    try {
        Register-PSResourceRepository -Name $repositoryName -Uri $repositoryPath -Trusted
        # The module has no dependencies; -SkipDependenciesCheck keeps Publish from querying other repositories.
        Publish-PSResource -Path $module -Repository $repositoryName -SkipDependenciesCheck
        $pattern = if ($prerelease) { "$name.$version-$prerelease.nupkg" } else { "$name.$version.nupkg" }
        $nupkg = @(Get-ChildItem -LiteralPath $repositoryPath -Filter '*.nupkg' | Where-Object { $_.Name -ieq $pattern })
        if ($nupkg.Count -ne 1) {
            throw "Publish-PSResource produced no '$pattern' in $repositoryPath (found: $((Get-ChildItem -LiteralPath $repositoryPath).Name -join ', '))."
        }
        $target = Join-Path $output $nupkg[0].Name
        Copy-Item -LiteralPath $nupkg[0].FullName -Destination $target -Force
        return $target
    }
    finally {
        Unregister-PSResourceRepository -Name $repositoryName -ErrorAction SilentlyContinue
        Remove-Item -LiteralPath $repositoryPath -Recurse -Force -ErrorAction SilentlyContinue
    }
}

Export-ModuleMember -Function New-LiveDeskPackage
