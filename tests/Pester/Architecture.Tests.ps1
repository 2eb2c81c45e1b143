#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# ARCHITECTURE.md names files and folders in backticks; a rename or a move must take the page along, or the page
# would send readers to code that is no longer there.

BeforeDiscovery {
    $root = (Resolve-Path "$PSScriptRoot/../..").ProviderPath
    $text = Get-Content -Raw -LiteralPath (Join-Path $root 'ARCHITECTURE.md')
    # A repository path: no spaces, no wildcards or placeholders, and either a folder (a slash) or a file name with an extension.
    $script:paths = @([regex]::Matches($text, '`([^`\s]+)`') | ForEach-Object { $_.Groups[1].Value } |
            Where-Object { $_ -match '^[A-Za-z0-9_.][A-Za-z0-9_./-]*$' -and ($_ -match '/' -or $_ -match '\.(cs|ps1|psm1|psd1|md|json|ps1xml|csproj|yml|props)$') -and $_ -notmatch '^\.\.?/' } |
            Sort-Object -Unique | ForEach-Object { @{ Path = $_ } })
}

Describe 'ARCHITECTURE.md' {
    BeforeAll {
        $root = (Resolve-Path "$PSScriptRoot/../..").ProviderPath
    }

    It 'names repository paths (the extraction finds them)' {
        $paths.Count | Should -BeGreaterThan 40
    }

    It '<Path> exists' -ForEach $paths {
        Test-Path -LiteralPath (Join-Path $root $Path) | Should -BeTrue -Because 'ARCHITECTURE.md names it'
    }
}
