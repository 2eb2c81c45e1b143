using System;
using System.Globalization;
using System.Management.Automation;

namespace LiveDesk.Commands
{
    /// <summary>
    /// Lets a CSV cell such as "407" or " 407 " bind to -InboxId, and turns anything that is not a whole
    /// number into 0, so that the row fails alone with LiveDesk.InvalidInboxId (and the row as TargetObject)
    /// instead of a parameter-binding error that does not say what is wrong.
    /// </summary>
    public sealed class InboxIdTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            var value = inputData is PSObject pso ? pso.BaseObject : inputData;
            switch (value)
            {
                case null: return 0L;
                case long l: return l;
                case int i: return (long)i;
                case short s: return (long)s;
                case byte b: return (long)b;
                case uint ui: return (long)ui;
                case double d when d == Math.Floor(d) && d >= long.MinValue && d <= long.MaxValue: return (long)d;
                case decimal m when m == decimal.Truncate(m) && m >= long.MinValue && m <= long.MaxValue: return (long)m;
                case string text when long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed): return parsed;
                default: return 0L;
            }
        }
    }
}
