using System;
using System.Management.Automation;

namespace LiveDesk.Parameters
{
    /// <summary>
    /// Lets anything bind to an -InboxId of type <see cref="InboxIdPipeBind"/>: a number, a CSV cell such as " 407 ",
    /// or a value that is no inbox id at all, whose text the bound argument carries to the row's own error.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class InboxIdTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            var value = inputData is PSObject pso ? pso.BaseObject : inputData;
            return value as InboxIdPipeBind ?? new InboxIdPipeBind(value);
        }
    }
}
