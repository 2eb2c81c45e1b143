#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
<#
    Static Windows PowerShell 5.1 compatibility check of the test suite and the demo.

    CI runs the whole Pester suite in Windows PowerShell 5.1 (.NET Framework 4.8) as well (ci.yml, job
    windows-powershell). This file keeps the scripts 5.1-compatible by construction: it parses every *.ps1/*.psm1
    under tests/Pester and examples and walks the AST for PowerShell-7-only constructs:
      syntax   (never exempt; 5.1 cannot even parse the file): ?: ?? ??= ?. ?[] && || trailing &, clean {},
               numeric suffixes (1u 1y 1s 1n ...) and 0b literals, generic method calls $x.M[int](), the `e and
               `u{...} escapes, -replace with a script block, #Requires -Version 6+ / -PSEdition Core, parse errors,
               non-ASCII text in a file without a UTF-8 BOM (5.1 reads such a file as ANSI);
      commands and parameters 5.1 lacks (ForEach-Object -Parallel, Start-ThreadJob, Get-Error, PSResourceGet,
               web cmdlet parameters such as -NoProxy/-SkipHttpErrorCheck/-Authentication, -AsHashtable, -AsByteStream,
               -UseQuotes, Join-Path with more than one child, -Encoding utf8NoBOM, ...);
      .NET Core APIs ([Environment]::ProcessPath, ProcessStartInfo.ArgumentList, Process.Kill($true), ...) and
               $IsWindows/$IsLinux/$IsMacOS/$IsCoreCLR (undefined in 5.1; an error under Set-StrictMode).
    Commands and APIs are allowed where they cannot run on Desktop: inside an It/Describe/Context whose -Skip
    mentions the edition (e.g. -Skip:($PSVersionTable.PSEdition -eq 'Desktop')), inside an if/elseif/else whose
    condition tests the edition/version (or the very member, for feature detection), or right of -and/-or
    after such a test. tests/Bench is not checked: the benchmark is pwsh-7-only (#Requires -Version 7.2) and runs only
    from build.ps1 Bench; the build scripts (build.ps1, build/) are pwsh-only too, except build/LiveDesk.BuildTools.psm1
    (the child-PowerShell launcher the suite uses), which is checked here.
#>

BeforeDiscovery {
    $root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
    $scriptFiles = @(
        foreach ($dir in 'tests/Pester', 'examples') {
            Get-ChildItem -LiteralPath (Join-Path $root $dir) -File -Recurse |
                Where-Object { $_.Extension -in '.ps1', '.psm1' } |
                Sort-Object FullName |
                ForEach-Object { @{ Name = $_.FullName.Substring($root.Length + 1).Replace('\', '/'); Path = $_.FullName } }
        }
        # the child-PowerShell launcher the suite imports from the build folder
        @{ Name = 'build/LiveDesk.BuildTools.psm1'; Path = Join-Path $root 'build/LiveDesk.BuildTools.psm1' }
    )
}

BeforeAll {
    Set-StrictMode -Version 3.0

    # An edition/version test (or a feature detection of the member itself) in a condition.
    $script:GuardPattern = 'PSEdition|PSVersionTable|PSVersion\b|IsCoreCLR|Desktop'

    # Commands 5.1 does not have (as shipped with Windows).
    $script:Ps7Commands = @{
        'Start-ThreadJob'                  = 'the ThreadJob module is not part of Windows PowerShell'
        'Get-Error'                        = 'PowerShell 7.0+'
        'Join-String'                      = 'PowerShell 6.2+'
        'Test-Json'                        = 'PowerShell 6.1+'
        'ConvertFrom-Markdown'             = 'PowerShell 6.1+'
        'Show-Markdown'                    = 'PowerShell 6.1+'
        'Get-Uptime'                       = 'PowerShell 6.0+'
        'Remove-Alias'                     = 'PowerShell 6.0+'
        'Get-ExperimentalFeature'          = 'PowerShell 6.2+'
        'Enable-ExperimentalFeature'       = 'PowerShell 6.2+'
        'Disable-ExperimentalFeature'      = 'PowerShell 6.2+'
        'Get-PSSubsystem'                  = 'PowerShell 7.3+'
        'Install-PSResource'               = 'PSResourceGet is not part of Windows PowerShell'
        'Save-PSResource'                  = 'PSResourceGet is not part of Windows PowerShell'
        'Find-PSResource'                  = 'PSResourceGet is not part of Windows PowerShell'
        'Publish-PSResource'               = 'PSResourceGet is not part of Windows PowerShell'
        'Compress-PSResource'              = 'PSResourceGet is not part of Windows PowerShell'
        'Update-PSResource'                = 'PSResourceGet is not part of Windows PowerShell'
        'Uninstall-PSResource'             = 'PSResourceGet is not part of Windows PowerShell'
        'Get-InstalledPSResource'          = 'PSResourceGet is not part of Windows PowerShell'
        'Register-PSResourceRepository'    = 'PSResourceGet is not part of Windows PowerShell'
        'Unregister-PSResourceRepository'  = 'PSResourceGet is not part of Windows PowerShell'
        'Set-PSResourceRepository'         = 'PSResourceGet is not part of Windows PowerShell'
        'Get-PSResourceRepository'         = 'PSResourceGet is not part of Windows PowerShell'
    }
    $script:CommandAliases = @{
        '%' = 'ForEach-Object'; 'foreach' = 'ForEach-Object'; 'iwr' = 'Invoke-WebRequest'; 'irm' = 'Invoke-RestMethod'
        'curl' = 'Invoke-WebRequest'; 'wget' = 'Invoke-WebRequest'; 'sort' = 'Sort-Object'; 'select' = 'Select-Object'
        'gc' = 'Get-Content'; 'sc' = 'Set-Content'; 'ac' = 'Add-Content'; 'epcsv' = 'Export-Csv'; 'sls' = 'Select-String'
        'measure' = 'Measure-Object'; 'ipmo' = 'Import-Module'; 'gci' = 'Get-ChildItem'; 'ls' = 'Get-ChildItem'; 'dir' = 'Get-ChildItem'
    }
    $webParameters = 'NoProxy', 'SkipHttpErrorCheck', 'StatusCodeVariable', 'Authentication', 'AllowUnencryptedAuthentication',
        'SkipCertificateCheck', 'SkipHeaderValidation', 'SslProtocol', 'Token', 'Form', 'Resume', 'MaximumRetryCount', 'RetryIntervalSec',
        'ResponseHeadersVariable', 'PreserveAuthorizationOnRedirect', 'HttpVersion', 'CustomMethod', 'ConnectionTimeoutSeconds',
        'OperationTimeoutSeconds', 'FollowRelLink', 'MaximumFollowRelLink', 'AllowInsecureRedirect', 'PreserveHttpMethodOnRedirect', 'UnixSocket'
    # Parameters 5.1's version of the command lacks.
    $script:Ps7Parameters = @{
        'ForEach-Object'    = @('Parallel', 'AsJob', 'UseNewRunspace', 'TimeoutSeconds')
        'Invoke-WebRequest' = $webParameters
        'Invoke-RestMethod' = $webParameters
        'ConvertFrom-Json'  = @('AsHashtable', 'Depth', 'NoEnumerate', 'DateKind')
        'ConvertTo-Json'    = @('AsArray', 'EscapeHandling', 'EnumsAsStrings')
        'Get-Content'       = @('AsByteStream')
        'Set-Content'       = @('AsByteStream')
        'Add-Content'       = @('AsByteStream')
        'Export-Csv'        = @('UseQuotes', 'QuoteFields', 'NoHeader')
        'ConvertTo-Csv'     = @('UseQuotes', 'QuoteFields', 'NoHeader')
        'Split-Path'        = @('Extension', 'LeafBase')
        'Join-Path'         = @('AdditionalChildPath')
        'Sort-Object'       = @('Top', 'Bottom', 'Stable')
        'Select-Object'     = @('SkipIndex', 'CaseInsensitive')
        'Get-Date'          = @('AsUTC', 'UnixTimeSeconds', 'FromUnixTime')
        'Select-String'     = @('Raw', 'NoEmphasis', 'Culture')
        'Measure-Object'    = @('AllStats', 'StandardDeviation')
        'Get-Random'        = @('Shuffle')
        'Start-Process'     = @('Environment')
        'Wait-Process'      = @('Any', 'PassThru')
        'Import-Module'     = @('UseWindowsPowerShell', 'SkipEditionCheck')
        'Get-ChildItem'     = @('FollowSymlink')
    }
    # The values 5.1's -Encoding (a FileSystemCmdletProviderEncoding / string set) accepts.
    $script:Ps51Encodings = 'Unknown', 'String', 'Unicode', 'BigEndianUnicode', 'UTF8', 'UTF7', 'UTF32', 'ASCII', 'Default', 'OEM', 'Byte', 'BigEndianUTF32'
    # Static .NET members that .NET Framework 4.8 lacks: type name (last part) -> member names.
    $script:Ps7StaticMembers = @{
        'Environment'    = @('ProcessPath', 'ProcessId')
        'Path'           = @('GetRelativePath', 'Join', 'TrimEndingDirectorySeparator', 'EndsInDirectorySeparator', 'Exists')
        'Convert'        = @('ToHexString', 'FromHexString')
        'Random'         = @('Shared')
        'Math'           = @('Clamp')
        'DateTime'       = @('UnixEpoch')
        'OperatingSystem' = @('IsWindows', 'IsLinux', 'IsMacOS')
        'Stopwatch'      = @('GetElapsedTime')
        'HashCode'       = @('Combine')
    }
    # Instance members of .NET Core types, looked for by name: name -> reason.
    $script:Ps7InstanceMembers = @{
        'ArgumentList' = 'ProcessStartInfo.ArgumentList is .NET Core 2.1+ (on .NET Framework build a quoted Arguments string)'
        'ReplaceLineEndings' = 'String.ReplaceLineEndings is .NET 6+'
    }

    function Test-EditionGuardText([string] $Text) { $Text -match $script:GuardPattern }

    function Test-InsideEditionGuard {
        <# True if $Ast sits in a branch of an edition/version test or in a Desktop-skipped Pester block. #>
        param([System.Management.Automation.Language.Ast] $Ast, [string] $Member)
        $child = $Ast
        $parent = $Ast.Parent
        while ($null -ne $parent) {
            if ($parent -is [System.Management.Automation.Language.IfStatementAst]) {
                $conditions = @($parent.Clauses | ForEach-Object { $_.Item1.Extent.Text })
                $inCondition = @($parent.Clauses | Where-Object { $_.Item1 -eq $child }).Count -gt 0
                if (-not $inCondition) {
                    foreach ($c in $conditions) {
                        if ((Test-EditionGuardText $c) -or ($Member -and $c -match [regex]::Escape($Member))) { return $true }
                    }
                }
            }
            elseif ($parent -is [System.Management.Automation.Language.BinaryExpressionAst] -and $parent.Right -eq $child -and
                $parent.Operator -in 'And', 'Or') {
                if ((Test-EditionGuardText $parent.Left.Extent.Text) -or ($Member -and $parent.Left.Extent.Text -match [regex]::Escape($Member))) { return $true }
            }
            elseif ($parent -is [System.Management.Automation.Language.CommandAst]) {
                $name = $parent.GetCommandName()
                if ($name -in 'It', 'Describe', 'Context') {
                    $elements = $parent.CommandElements
                    for ($i = 1; $i -lt $elements.Count; $i++) {
                        $e = $elements[$i]
                        if ($e -is [System.Management.Automation.Language.CommandParameterAst] -and $e.ParameterName -eq 'Skip') {
                            $arg = if ($null -ne $e.Argument) { $e.Argument } elseif ($i + 1 -lt $elements.Count) { $elements[$i + 1] } else { $null }
                            if ($null -ne $arg -and (Test-EditionGuardText $arg.Extent.Text)) { return $true }
                            # -Skip:$someVariable set from an edition test in the same file
                            if ($null -ne $arg -and $arg -is [System.Management.Automation.Language.VariableExpressionAst]) {
                                $varName = $arg.VariablePath.UserPath -replace '^(script|global|local):', ''
                                $root = $parent
                                while ($null -ne $root.Parent) { $root = $root.Parent }
                                $assignments = $root.FindAll({
                                        param($a)
                                        $a -is [System.Management.Automation.Language.AssignmentStatementAst] -and
                                        $a.Left -is [System.Management.Automation.Language.VariableExpressionAst] -and
                                        ($a.Left.VariablePath.UserPath -replace '^(script|global|local):', '') -eq $varName
                                    }, $true)
                                foreach ($a in $assignments) { if (Test-EditionGuardText $a.Right.Extent.Text) { return $true } }
                            }
                        }
                    }
                }
            }
            $child = $parent
            $parent = $parent.Parent
        }
        $false
    }

    function Get-WindowsPowerShellIncompatibility {
        <#
            Parses a script file and returns one string per PowerShell-7-only construct found:
            "<line>: <rule>: <text>". No output means 5.1-compatible as far as this check can tell.
        #>
        param([Parameter(Mandatory)] [string] $Path)
        $L = 'System.Management.Automation.Language'
        $findings = [System.Collections.Generic.List[string]]::new()
        function Add-Finding([System.Management.Automation.Language.Ast] $At, [string] $Rule, [string] $Why) {
            $text = ($At.Extent.Text -split '\r?\n')[0]
            if ($text.Length -gt 80) { $text = $text.Substring(0, 80) + '...' }
            $findings.Add(('{0}: {1}: {2}{3}' -f $At.Extent.StartLineNumber, $Rule, $text, $(if ($Why) { " ($Why)" } else { '' })))
        }

        # encoding: 5.1 reads a .ps1/.psm1 without a BOM as ANSI, which garbles any non-ASCII literal
        $bytes = [IO.File]::ReadAllBytes($Path)
        $hasBom = $bytes.Length -ge 3 -and $bytes[0] -eq 0xEF -and $bytes[1] -eq 0xBB -and $bytes[2] -eq 0xBF
        if (-not $hasBom) {
            for ($i = 0; $i -lt $bytes.Length; $i++) {
                if ($bytes[$i] -ge 0x80) {
                    $line = 1; for ($j = 0; $j -lt $i; $j++) { if ($bytes[$j] -eq 10) { $line++ } }
                    $findings.Add("${line}: encoding: non-ASCII text in a file without a UTF-8 BOM (Windows PowerShell reads it as ANSI; save as UTF-8 with BOM)")
                    break
                }
            }
        }

        $tokens = $null
        $errors = $null
        $ast = [System.Management.Automation.Language.Parser]::ParseFile($Path, [ref]$tokens, [ref]$errors)
        foreach ($e in $errors) {
            # in 5.1 the 7-only syntax shows up here
            $findings.Add(('{0}: parse error: {1}' -f $e.Extent.StartLineNumber, $e.Message))
        }

        # #Requires
        $req = $ast.ScriptRequirements
        if ($null -ne $req) {
            if ($null -ne $req.RequiredPSVersion -and $req.RequiredPSVersion.Major -ge 6) {
                $findings.Add("1: #Requires -Version $($req.RequiredPSVersion) (Windows PowerShell is 5.1)")
            }
            $editions = $req.PSObject.Properties['RequiredPSEditions']
            if ($null -ne $editions -and @($editions.Value) -contains 'Core' -and @($editions.Value) -notcontains 'Desktop') {
                $findings.Add('1: #Requires -PSEdition Core')
            }
        }

        $all = $ast.FindAll({ $true }, $true)
        foreach ($node in $all) {
            $type = $node.GetType().Name
            switch ($type) {
                # ---- syntax: never exempt
                'TernaryExpressionAst' { Add-Finding $node 'ternary ?:' 'PowerShell 7.0+ syntax' }
                'PipelineChainAst' { Add-Finding $node 'pipeline chain && / ||' 'PowerShell 7.0+ syntax' }
                'BinaryExpressionAst' {
                    if ("$($node.Operator)" -eq 'QuestionQuestion') { Add-Finding $node 'null-coalescing ??' 'PowerShell 7.0+ syntax' }
                    if ("$($node.Operator)" -in 'Ireplace', 'Creplace' -and $node.Right -is [System.Management.Automation.Language.ArrayLiteralAst] -and
                        @($node.Right.Elements).Count -eq 2 -and $node.Right.Elements[1] -is [System.Management.Automation.Language.ScriptBlockExpressionAst]) {
                        Add-Finding $node '-replace with a script block' 'PowerShell 6.1+; 5.1 inserts the script block''s text'
                    }
                }
                'AssignmentStatementAst' {
                    if ("$($node.Operator)" -eq 'QuestionQuestionEquals') { Add-Finding $node 'null-coalescing assignment ??=' 'PowerShell 7.0+ syntax' }
                }
                { $_ -in 'MemberExpressionAst', 'InvokeMemberExpressionAst', 'IndexExpressionAst' } {
                    $nc = $node.PSObject.Properties['NullConditional']
                    if ($null -ne $nc -and $nc.Value) { Add-Finding $node 'null-conditional ?. / ?[]' 'PowerShell 7.0+ syntax' }
                }
                'InvokeMemberExpressionAst' {
                    $generic = $node.PSObject.Properties['GenericTypeArguments']
                    if ($null -ne $generic -and $null -ne $generic.Value -and @($generic.Value).Count -gt 0) {
                        Add-Finding $node 'generic method call' 'PowerShell 7.3+ syntax'
                    }
                }
                'PipelineAst' {
                    $bg = $node.PSObject.Properties['Background']
                    if ($null -ne $bg -and $bg.Value) { Add-Finding $node 'background operator &' 'PowerShell 6.0+ syntax' }
                }
                'ScriptBlockAst' {
                    $clean = $node.PSObject.Properties['CleanBlock']
                    if ($null -ne $clean -and $null -ne $clean.Value) { Add-Finding $clean.Value 'clean block' 'PowerShell 7.3+ syntax' }
                }
                'ConstantExpressionAst' {
                    if ($node.Value -is [ValueType] -and $node.Value -isnot [bool] -and
                        $node.Extent.Text -match '^(?i)(0b[01]+|(0x[0-9a-f]+|[0-9][0-9.]*(e[+-]?[0-9]+)?)(u|y|uy|s|us|ul|n)(kb|mb|gb|tb|pb)?)$') {
                        Add-Finding $node 'numeric literal suffix / 0b' 'PowerShell 6.2+/7.0+ syntax'
                    }
                }
                'StringConstantExpressionAst' {
                    # 5.1 reads 1u / 0b101 as a bare word (a command name or a string), not as a number
                    if ("$($node.StringConstantType)" -eq 'BareWord' -and $node.Value -match '^(?i)(0b[01]+|(0x[0-9a-f]+|[0-9][0-9.]*)(u|y|uy|s|us|ul|n)(kb|mb|gb|tb|pb)?)$') {
                        Add-Finding $node 'numeric literal suffix / 0b' 'PowerShell 6.2+/7.0+ syntax'
                    }
                }
                { $_ -in 'StringConstantExpressionAst', 'ExpandableStringExpressionAst' } {
                    if ("$($node.StringConstantType)" -in 'DoubleQuoted', 'DoubleQuotedHereString' -and $node.Extent.Text -cmatch '`(e|u\{)') {
                        Add-Finding $node 'escape `e / `u{}' 'PowerShell 6.0+; 5.1 keeps the letters'
                    }
                }
                # ---- commands and parameters: allowed in a Desktop-skipped block or an edition branch
                'CommandAst' {
                    $name = $node.GetCommandName()
                    if (-not $name) { break }
                    $canonical = if ($script:CommandAliases.ContainsKey($name)) { $script:CommandAliases[$name] } else { $name }
                    if ($script:Ps7Commands.ContainsKey($canonical)) {
                        if (-not (Test-InsideEditionGuard $node)) { Add-Finding $node "command $canonical" $script:Ps7Commands[$canonical] }
                    }
                    $parameters = @($node.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] })
                    if ($script:Ps7Parameters.ContainsKey($canonical)) {
                        foreach ($p in $parameters) {
                            if ($script:Ps7Parameters[$canonical] -contains $p.ParameterName -and -not (Test-InsideEditionGuard $node)) {
                                Add-Finding $node "$canonical -$($p.ParameterName)" 'not in Windows PowerShell 5.1'
                            }
                        }
                    }
                    if ($canonical -eq 'Join-Path') {
                        $positional = @($node.CommandElements | Select-Object -Skip 1 | Where-Object { $_ -isnot [System.Management.Automation.Language.CommandParameterAst] })
                        $named = @($parameters | Where-Object { $null -eq $_.Argument -and $_.ParameterName -ne 'Resolve' } | ForEach-Object { $_.ParameterName })
                        # each named parameter without a colon argument consumes one of the following elements
                        if ($positional.Count - $named.Count -gt 2 -and -not (Test-InsideEditionGuard $node)) {
                            Add-Finding $node 'Join-Path with more than one child path' '-AdditionalChildPath is PowerShell 6.0+'
                        }
                    }
                    $elements = $node.CommandElements
                    for ($i = 1; $i -lt $elements.Count; $i++) {
                        $e = $elements[$i]
                        if ($e -is [System.Management.Automation.Language.CommandParameterAst] -and $e.ParameterName -eq 'Encoding') {
                            $arg = if ($null -ne $e.Argument) { $e.Argument } elseif ($i + 1 -lt $elements.Count) { $elements[$i + 1] } else { $null }
                            if ($null -eq $arg) { continue }
                            $bad = $false
                            if ($arg -is [System.Management.Automation.Language.StringConstantExpressionAst]) { $bad = $script:Ps51Encodings -notcontains $arg.Value }
                            elseif ($arg -is [System.Management.Automation.Language.ConstantExpressionAst]) { $bad = $true }   # a code page number: 7.2+
                            elseif ($arg.Extent.Text -match '(?i)Encoding\]|Text\.Encoding|UTF8Encoding') { $bad = $true }   # an Encoding object: 6.2+
                            if ($bad -and -not (Test-InsideEditionGuard $node)) {
                                Add-Finding $node "-Encoding $($arg.Extent.Text)" "5.1 accepts only $($script:Ps51Encodings -join ', ')"
                            }
                        }
                    }
                }
                # ---- .NET Core APIs and 7-only automatic variables
                { $_ -in 'MemberExpressionAst', 'InvokeMemberExpressionAst' } {
                    if ($node.Member -isnot [System.Management.Automation.Language.StringConstantExpressionAst]) { break }
                    $member = $node.Member.Value
                    if ($node.Static -and $node.Expression -is [System.Management.Automation.Language.TypeExpressionAst]) {
                        $typeName = ($node.Expression.TypeName.FullName -split '\.')[-1]
                        if ($script:Ps7StaticMembers.ContainsKey($typeName) -and $script:Ps7StaticMembers[$typeName] -contains $member -and
                            -not (Test-InsideEditionGuard $node $member)) {
                            Add-Finding $node "[$typeName]::$member" '.NET Core / .NET 5+ only'
                        }
                    }
                    elseif (-not $node.Static -and $script:Ps7InstanceMembers.ContainsKey($member) -and -not (Test-InsideEditionGuard $node $member)) {
                        Add-Finding $node ".$member" $script:Ps7InstanceMembers[$member]
                    }
                }
                'VariableExpressionAst' {
                    $v = $node.VariablePath.UserPath -replace '^(script|global):', ''
                    if ($v -in 'IsWindows', 'IsLinux', 'IsMacOS', 'IsCoreCLR' -and -not (Test-InsideEditionGuard $node) -and
                        -not ($node.Parent -is [System.Management.Automation.Language.AssignmentStatementAst] -and $node.Parent.Left -eq $node)) {
                        Add-Finding $node "`$$v" 'undefined in Windows PowerShell (an error under Set-StrictMode); test $PSVersionTable.PSEdition first'
                    }
                }
            }
            # Process.Kill(bool) (kill the process tree) is .NET Core 3.0+; tested apart from the switch above
            if ($type -eq 'InvokeMemberExpressionAst' -and -not $node.Static -and $node.Member -is [System.Management.Automation.Language.StringConstantExpressionAst] -and
                $node.Member.Value -eq 'Kill' -and @($node.Arguments).Count -eq 1 -and -not (Test-InsideEditionGuard $node 'Kill')) {
                Add-Finding $node 'Process.Kill(bool)' 'killing the process tree is .NET Core 3.0+'
            }
        }
        # the same construct can be reached twice (InvokeMemberExpressionAst is a MemberExpressionAst)
        $findings | Select-Object -Unique
    }
}

Describe 'Windows PowerShell 5.1 compatibility of <Name>' -ForEach $scriptFiles {
    It 'has no PowerShell-7-only syntax, commands or APIs outside Desktop-skipped code' {
        $found = @(Get-WindowsPowerShellIncompatibility -Path $Path)
        $found.Count | Should -Be 0 -Because "Windows PowerShell 5.1 runs this file in CI; found:`n$($found -join "`n")`n"
    }
}

Describe 'the Windows PowerShell compatibility check itself' {
    BeforeAll {
        $script:isCore = $PSVersionTable.PSEdition -eq 'Core'
        function Test-Sample([string] $Text) {
            $path = Join-Path $TestDrive ('sample-{0}.ps1' -f [guid]::NewGuid().ToString('N'))
            [IO.File]::WriteAllText($path, $Text, (New-Object System.Text.UTF8Encoding $true))
            @(Get-WindowsPowerShellIncompatibility -Path $path)
        }
    }

    It 'flags the 7-only syntax <Rule> (5.1 reports it as a parse error)' -ForEach @(
        @{ Rule = 'ternary ?:'; Text = '$a = $true ? 1 : 2' }
        @{ Rule = 'pipeline chain'; Text = 'Get-Date && Get-Date' }
        @{ Rule = 'pipeline chain'; Text = 'Get-Date || Get-Date' }
        @{ Rule = 'null-coalescing ??'; Text = '$a = $null ?? 1' }
        @{ Rule = 'null-coalescing assignment ??='; Text = '$a = $null; $a ??= 1' }
        @{ Rule = 'null-conditional'; Text = '$a = $null; ${a}?.Length' }
        @{ Rule = 'null-conditional'; Text = '$a = $null; ${a}?[0]' }
        @{ Rule = 'background operator'; Text = 'Get-Date &' }
        @{ Rule = 'numeric literal suffix'; Text = '$a = 1u' }
        @{ Rule = 'numeric literal suffix'; Text = '$a = 0b101' }
        @{ Rule = 'ternary ?:'; Text = "It 'x' -Skip:(`$PSVersionTable.PSEdition -eq 'Desktop') { `$a = `$true ? 1 : 2 }" }
    ) {
        $found = Test-Sample $Text
        $found | Should -Not -BeNullOrEmpty
        if ($isCore) { ($found -join "`n") | Should -Match ([regex]::Escape($Rule)) }
        else { ($found -join "`n") | Should -Match "parse error|$([regex]::Escape($Rule))" }
    }

    It 'flags <Rule>' -ForEach @(
        @{ Rule = '#Requires -Version 7'; Text = "#Requires -Version 7.2`nGet-Date" }
        @{ Rule = '#Requires -PSEdition Core'; Text = "#Requires -PSEdition Core`nGet-Date" }
        @{ Rule = 'ForEach-Object -Parallel'; Text = '1..2 | ForEach-Object -Parallel { $_ }' }
        @{ Rule = 'ForEach-Object -Parallel'; Text = "It 'x' { 1..2 | ForEach-Object -Parallel { `$_ } }" }
        @{ Rule = 'command Start-ThreadJob'; Text = 'Start-ThreadJob { 1 }' }
        @{ Rule = 'command Get-Error'; Text = 'Get-Error' }
        @{ Rule = 'Invoke-RestMethod -NoProxy'; Text = 'Invoke-RestMethod -Uri http://127.0.0.1/ -NoProxy' }
        @{ Rule = 'Invoke-WebRequest -SkipHttpErrorCheck'; Text = 'iwr http://127.0.0.1/ -SkipHttpErrorCheck' }
        @{ Rule = 'Invoke-RestMethod -StatusCodeVariable'; Text = 'irm http://127.0.0.1/ -StatusCodeVariable s' }
        @{ Rule = 'Invoke-WebRequest -Authentication'; Text = 'Invoke-WebRequest http://x/ -Authentication Basic' }
        @{ Rule = 'Invoke-WebRequest -AllowUnencryptedAuthentication'; Text = 'Invoke-WebRequest http://x/ -AllowUnencryptedAuthentication' }
        @{ Rule = 'ConvertFrom-Json -AsHashtable'; Text = "'{}' | ConvertFrom-Json -AsHashtable" }
        @{ Rule = 'Get-Content -AsByteStream'; Text = 'Get-Content x -AsByteStream' }
        @{ Rule = 'Export-Csv -UseQuotes'; Text = '1 | Export-Csv x -UseQuotes AsNeeded' }
        @{ Rule = '-Encoding utf8NoBOM'; Text = 'Set-Content x -Value 1 -Encoding utf8NoBOM' }
        @{ Rule = '-Encoding ([Text.Encoding]::UTF8)'; Text = 'Set-Content x -Value 1 -Encoding ([Text.Encoding]::UTF8)' }
        @{ Rule = 'Join-Path with more than one child path'; Text = 'Join-Path a b c' }
        @{ Rule = 'Join-Path -AdditionalChildPath'; Text = 'Join-Path a b -AdditionalChildPath c' }
        @{ Rule = '[Environment]::ProcessPath'; Text = '[Environment]::ProcessPath' }
        @{ Rule = '.ArgumentList'; Text = '$psi = New-Object System.Diagnostics.ProcessStartInfo; $psi.ArgumentList.Add(''x'')' }
        @{ Rule = 'Process.Kill(bool)'; Text = '$p = Get-Process -Id $PID; $p.Kill($true)' }
        @{ Rule = '$IsWindows'; Text = 'if ($IsWindows) { 1 }' }
        @{ Rule = '$IsLinux'; Text = 'Set-StrictMode -Version 3; $IsLinux' }
        @{ Rule = '-replace with a script block'; Text = '''ab'' -replace ''a'', { $_.Value.ToUpper() }' }
        @{ Rule = 'escape `e'; Text = '"`e[0m"' }
        @{ Rule = 'encoding'; Text = $null; Bytes = [byte[]](0x27, 0x5A, 0x6F, 0xC3, 0xAB, 0x27, 0x0A) }
    ) {
        if ($null -ne $Text) { $found = Test-Sample $Text }
        else {
            $path = Join-Path $TestDrive 'nobom.ps1'
            [IO.File]::WriteAllBytes($path, $Bytes)
            $found = @(Get-WindowsPowerShellIncompatibility -Path $path)
        }
        ($found -join "`n") | Should -Match ([regex]::Escape($Rule))
    }

    It 'passes 5.1-compatible code (<Case>)' -ForEach @(
        @{ Case = 'plain script'; Text = "param([string] `$Path)`n`$x = if (`$Path) { Join-Path `$Path 'a' } else { `$null }`nGet-Content -LiteralPath `$x -Encoding UTF8 | ConvertFrom-Json" }
        @{ Case = 'Desktop-skipped It'; Text = "It 'x' -Skip:(`$PSVersionTable.PSEdition -eq 'Desktop') { 1..2 | ForEach-Object -Parallel { `$_ } }" }
        @{ Case = 'Desktop-skipped Describe via a variable'; Text = "`$skip = `$PSVersionTable.PSEdition -ne 'Core'`nDescribe 'd' -Skip:`$skip { It 'x' { Save-PSResource -Name a } }" }
        @{ Case = 'edition branch'; Text = "if (`$PSVersionTable.PSEdition -eq 'Core') { `$e = [Environment]::ProcessPath } else { `$e = 'powershell.exe' }" }
        @{ Case = 'feature detection'; Text = "`$psi = New-Object System.Diagnostics.ProcessStartInfo`nif (`$psi.PSObject.Properties['ArgumentList']) { `$psi.ArgumentList.Add('a') } else { `$psi.Arguments = 'a' }" }
        @{ Case = 'guarded $IsWindows'; Text = "`$win = `$PSVersionTable.PSEdition -eq 'Desktop' -or `$IsWindows" }
        @{ Case = 'UTF-8 with BOM'; Text = "'Zo$([char]0xEB)'" }
        @{ Case = 'Join-Path with a named child'; Text = "Join-Path -Path a -ChildPath b" }
    ) {
        Test-Sample $Text | Should -BeNullOrEmpty
    }
}

Describe 'Join-ProcessArgument (ProcessStartInfo.Arguments where .NET Framework has no ArgumentList)' {
    BeforeAll {
        Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
        Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    }

    It 'quotes only what needs quoting' {
        Join-ProcessArgument -Argument 'a', 'b c', '', 'x"y', 'd\', 'e f\', 'g\"h' |
            Should -BeExactly 'a "b c" "" "x\"y" d\ "e f\\" "g\\\"h"'
    }

    It 'round-trips through a child PowerShell of this edition' {
        $values = @('plain', 'two words', 'quote"inside', 'ends with\', 'C:\Program Files\x\', 'back\\"slash', "tab`there", 'a\b c', '""', '\\server\share', 'Zo' + [char]0xEB)
        $echo = Join-Path $TestDrive 'echo-args.ps1'
        Set-Content -LiteralPath $echo -Encoding ASCII -Value 'foreach ($a in $args) { [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes([string]$a)) }'
        $cmd = @(Get-PwshCommand)
        $psi = New-Object System.Diagnostics.ProcessStartInfo -ArgumentList $cmd[0]
        $psi.Arguments = Join-ProcessArgument -Argument (@($cmd | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $echo) + $values)
        $psi.UseShellExecute = $false
        $psi.RedirectStandardOutput = $true
        $psi.RedirectStandardError = $true
        $p = [System.Diagnostics.Process]::Start($psi)
        try {
            $err = $p.StandardError.ReadToEndAsync()
            $out = $p.StandardOutput.ReadToEnd()
            $p.WaitForExit(60000) | Should -BeTrue
            $p.ExitCode | Should -Be 0 -Because $err.Result
        }
        finally { $p.Dispose() }
        $received = @($out -split '\r?\n' | Where-Object { $_ } | ForEach-Object { [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($_)) })
        $received | Should -BeExactly $values
    }
}
