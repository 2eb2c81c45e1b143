# The metadata parts of a platyPS (schema 2.0.0) cmdlet page, formatted from the cmdlets themselves: the syntax
# blocks, each parameter's yaml block and the standard CommonParameters text. The checker compares the page with
# them; Update-LiveDeskHelpMarkdown writes them.

$script:CommonParametersText = 'This cmdlet supports the common parameters: -Debug, -ErrorAction, -ErrorVariable, -InformationAction, -InformationVariable, -OutVariable, -OutBuffer, -PipelineVariable, -Verbose, -WarningAction, and -WarningVariable. For more information, see [about_CommonParameters](http://go.microsoft.com/fwlink/?LinkID=113216).'

function Get-SetValue {
    # Reads a per-set property of a parameter (metadata from JSON: Sets is an object with one property per set).
    param($Parameter, [string] $SetName)
    $property = $Parameter.Sets.PSObject.Properties[$SetName]
    if ($null -ne $property) { $property.Value }
}

function Format-PipelineInput {
    param([bool] $ByValue, [bool] $ByPropertyName)
    if ($ByValue -and $ByPropertyName) { return 'True (ByPropertyName, ByValue)' }
    if ($ByValue) { return 'True (ByValue)' }
    if ($ByPropertyName) { return 'True (ByPropertyName)' }
    'False'
}

function Get-ShouldProcessParameter {
    # -WhatIf and -Confirm as the metadata would describe them: PowerShell adds them, so the cmdlet's own list lacks them.
    param($Command)
    if (-not $Command.SupportsShouldProcess) { return }
    foreach ($name in 'WhatIf', 'Confirm') {
        $sets = [ordered]@{}
        foreach ($set in $Command.ParameterSets) { $sets[$set.Name] = [pscustomobject]@{ Mandatory = $false; Position = [int]::MinValue; ValueFromPipeline = $false; ValueFromPipelineByPropertyName = $false } }
        [pscustomobject]@{
            Name = $name; Type = 'SwitchParameter'; TypeName = 'System.Management.Automation.SwitchParameter'; IsSwitch = $true
            Aliases = @($(if ($name -eq 'WhatIf') { 'wi' } else { 'cf' })); Values = @(); Globbing = $false; DefaultValue = 'False'
            Sets = [pscustomobject]$sets
        }
    }
}

function Get-HelpParameter {
    # Every parameter a page documents, in the cmdlet's order, -WhatIf and -Confirm last.
    param($Command)
    @($Command.Parameters) + @(Get-ShouldProcessParameter $Command) | Where-Object { $null -ne $_ }
}

function Format-SyntaxToken {
    param($Parameter, $PerSet)
    $token = if ($Parameter.IsSwitch) { "-$($Parameter.Name)" }
    elseif ($PerSet.Position -ge 0) { "[-$($Parameter.Name)] <$($Parameter.Type)>" }
    else { "-$($Parameter.Name) <$($Parameter.Type)>" }
    if ($PerSet.Mandatory) { $token } else { "[$token]" }
}

function Format-HelpSyntax {
    # One code block per parameter set, the default set first, as platyPS writes them ('### Set (Default)' headings
    # only when there is more than one set).
    [OutputType([string[]])]
    param($Command)
    $byName = @{}
    foreach ($p in (Get-HelpParameter $Command)) { $byName[$p.Name] = $p }
    $sets = @($Command.ParameterSets | Sort-Object @{ Expression = { -not $_.IsDefault } }, @{ Expression = { [array]::IndexOf(@($Command.ParameterSets), $_) } })
    $lines = New-Object System.Collections.Generic.List[string]
    foreach ($set in $sets) {
        $names = @($set.Parameters) + @(Get-ShouldProcessParameter $Command | ForEach-Object Name)
        $tokens = @($Command.Name) + @($names | ForEach-Object { Format-SyntaxToken $byName[$_] (Get-SetValue $byName[$_] $set.Name) }) + '[<CommonParameters>]'
        if ($sets.Count -gt 1) { $lines.Add("### $($set.Name)$(if ($set.IsDefault) { ' (Default)' })"); $lines.Add('') }
        $lines.Add('```'); $lines.Add($tokens -join ' '); $lines.Add('```'); $lines.Add('')
    }
    $lines.ToArray()
}

function Get-ParameterYamlGroup {
    # The sets a parameter belongs to, grouped by equal metadata: platyPS writes one yaml block per group.
    param($Command, $Parameter)
    $groups = [ordered]@{}
    foreach ($set in $Command.ParameterSets) {
        $perSet = Get-SetValue $Parameter $set.Name
        if ($null -eq $perSet) { continue }
        $position = if ($perSet.Position -ge 0) { [string]$perSet.Position } else { 'Named' }
        $key = '{0}|{1}|{2}' -f $perSet.Mandatory, $position, (Format-PipelineInput $perSet.ValueFromPipeline $perSet.ValueFromPipelineByPropertyName)
        if (-not $groups.Contains($key)) { $groups[$key] = New-Object System.Collections.Generic.List[string] }
        $groups[$key].Add($set.Name)
    }
    $all = @($Command.ParameterSets).Count
    foreach ($key in $groups.Keys) {
        $required, $position, $pipeline = $key -split '\|', 3
        $names = @($groups[$key])
        [pscustomobject]@{
            Sets = $(if ($groups.Count -eq 1 -and $names.Count -eq $all) { '(All)' } else { $names -join ', ' })
            Required = $required; Position = $position; Pipeline = $pipeline
        }
    }
}

function Format-ParameterYaml {
    # The yaml blocks under '### -Name' (lines with the fences).
    [OutputType([string[]])]
    param($Command, $Parameter)
    $lines = New-Object System.Collections.Generic.List[string]
    $values = @($Parameter.Values | Where-Object { $_ })
    $default = if ($Parameter.PSObject.Properties['DefaultValue'] -and $Parameter.DefaultValue) { $Parameter.DefaultValue } else { 'None' }
    $wildcard = [bool]($Parameter.PSObject.Properties['Globbing'] -and $Parameter.Globbing)
    foreach ($group in (Get-ParameterYamlGroup $Command $Parameter)) {
        if ($lines.Count) { $lines.Add('') }
        $lines.Add('```yaml')
        $lines.Add("Type: $($Parameter.Type)")
        $lines.Add("Parameter Sets: $($group.Sets)")
        $lines.Add(("Aliases: " + (@($Parameter.Aliases | Where-Object { $_ }) -join ', ')).TrimEnd())
        if ($values.Count) { $lines.Add("Accepted values: $($values -join ', ')") }
        $lines.Add('')
        $lines.Add("Required: $($group.Required)")
        $lines.Add("Position: $($group.Position)")
        $lines.Add("Default value: $default")
        $lines.Add("Accept pipeline input: $($group.Pipeline)")
        $lines.Add("Accept wildcard characters: $wildcard")
        $lines.Add('```')
    }
    $lines.ToArray()
}
