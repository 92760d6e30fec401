<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Check</name>
    <message numerus="yes">
        <source>… and %n more problem(s) of this kind.</source>
        <translation>
            <numerusform>…另有%n个同类问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an anchor; an anchor looks like 1234:followed by 64 hexadecimal digits, as check --anchor prints it.</source>
        <translation>“%1”不是锚点；锚点形如“1234:”后跟64位十六进制数字，即 check --anchor 输出的格式。</translation>
    </message>
    <message>
        <source>audit entry %1</source>
        <translation>审计条目%1</translation>
    </message>
    <message>
        <source>The anchored audit entry %1 is gone: the audit trail was cut back.</source>
        <translation>锚定的审计条目%1已不存在：审计跟踪被截断。</translation>
    </message>
    <message>
        <source>Audit entry %1 no longer has the anchored hash: the audit trail up to it was rewritten.</source>
        <translation>审计条目%1的哈希值与锚点不符：截至该条目的审计跟踪已被改写。</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>The full-text index does not match the records (%1).</source>
        <translation>全文索引与记录不一致（%1）。</translation>
    </message>
    <message>
        <source>Database structure</source>
        <translation>数据库结构</translation>
    </message>
    <message>
        <source>SQLite reports damage: %1</source>
        <translation>SQLite 报告损坏：%1</translation>
    </message>
    <message>
        <source>Row %1 of %2 points to a missing row of %3.</source>
        <translation>%2的第%1行指向%3中不存在的行。</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>审计链</translation>
    </message>
    <message>
        <source>The audit trail jumps from entry %1 to entry %2: entries were removed outside Servicebench.</source>
        <translation>审计跟踪从条目%1跳至条目%2：有条目在 Servicebench 之外被删除。</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2, %3 %4 at %5) does not match the chain: it, or the entry before it, was changed outside Servicebench.</source>
        <translation>审计条目%1（%2，%3 %4，%5）与审计链不符：该条目或其前一条目在 Servicebench 之外被修改。</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>记录：%1</translation>
    </message>
    <message>
        <source>%1 is not in the audit trail: it was added outside Servicebench.</source>
        <translation>%1不在审计跟踪中：它是在 Servicebench 之外添加的。</translation>
    </message>
    <message>
        <source>%1 was deleted according to its audit trail, yet it is still in the workbook.</source>
        <translation>根据审计跟踪，%1已被删除，但它仍在工作簿中。</translation>
    </message>
    <message>
        <source>%1 has lost its %2 details row.</source>
        <translation>%1缺少%2详细信息行。</translation>
    </message>
    <message>
        <source>%1 is %2 but the audit trail says %3</source>
        <translation>%1为%2，但审计跟踪中为%3</translation>
    </message>
    <message>
        <source>the ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>the version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>the creation time</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>the creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>the last change time</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>the last editor</source>
        <translation>最后修改者</translation>
    </message>
    <message>
        <source>%1 was changed outside Servicebench: %2.</source>
        <translation>%1在 Servicebench 之外被修改：%2。</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>已删除的记录</translation>
    </message>
    <message>
        <source>%1 is missing, but its audit trail says it exists: it was removed outside Servicebench.</source>
        <translation>%1不存在，但审计跟踪显示它存在：它是在 Servicebench 之外被删除的。</translation>
    </message>
    <message>
        <source>Links, attachments and roles</source>
        <translation>关联、附件和角色</translation>
    </message>
    <message>
        <source>The link %1 → %2 (%3) is not in the audit trail: it was added outside Servicebench.</source>
        <translation>关联%1 → %2（%3）不在审计跟踪中：它是在 Servicebench 之外添加的。</translation>
    </message>
    <message>
        <source>The link %1 → %2 (%3) is missing, but the audit trail says it exists.</source>
        <translation>关联%1 → %2（%3）不存在，但审计跟踪显示它存在。</translation>
    </message>
    <message>
        <source>The attachment %1 of %2 does not match the audit trail.</source>
        <translation>%2的附件%1与审计跟踪不符。</translation>
    </message>
    <message>
        <source>A stored attachment&apos;s content no longer matches its hash %1: it was altered.</source>
        <translation>某个已存储附件的内容与其哈希值%1不符：附件已被篡改。</translation>
    </message>
    <message>
        <source>%1 holds the role %2 without a grant in the audit trail: it was given outside Servicebench.</source>
        <translation>%1拥有角色%2，但审计跟踪中没有授予记录：该角色是在 Servicebench 之外授予的。</translation>
    </message>
    <message>
        <source>%1 lost the role %2 without a revocation in the audit trail.</source>
        <translation>%1失去了角色%2，但审计跟踪中没有撤销记录。</translation>
    </message>
    <message>
        <source>The record count of %1 says %2 but there are %3.</source>
        <translation>%1的记录计数为%2，但实际有%3条。</translation>
    </message>
    <message>
        <source>The next number of %1 (%2) would reuse an ID.</source>
        <translation>%1的下一个编号（%2）会重复使用已有的 ID。</translation>
    </message>
    <message>
        <source>%1 does not match its stored number: it was changed outside Servicebench.</source>
        <translation>%1 与其存储的编号不一致：它在 Servicebench 之外被修改过。</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>External</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>选项 --%1 不接受值。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <source>Create a new workbook (with demo data if asked).</source>
        <translation>新建工作簿（可按需填充演示数据）。</translation>
    </message>
    <message>
        <source>Check the workbook and its audit trail; exit 1 if problems are found.</source>
        <translation>检查工作簿及其审计跟踪；发现问题时以退出码 1 退出。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the workbook to DEST.</source>
        <translation>将工作簿的一致性副本写入 DEST。</translation>
    </message>
    <message>
        <source>Full-text search over every record.</source>
        <translation>对所有记录进行全文搜索。</translation>
    </message>
    <message>
        <source>Create, change, show and list records.</source>
        <translation>创建、修改、查看和列出记录。</translation>
    </message>
    <message>
        <source>List users&apos; roles, grant or revoke a role.</source>
        <translation>列出用户的角色，授予或撤销角色。</translation>
    </message>
    <message>
        <source>Servicebench %1: a service-management workbench for ISO/IEC 20000-1.</source>
        <translation>Servicebench %1：面向 ISO/IEC 20000-1 的服务管理工作台。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>start the desktop program</source>
        <translation>启动桌面程序</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>所有命令通用的选项：</translation>
    </message>
    <message>
        <source>act as NAME instead of the operating system&apos;s login</source>
        <translation>以 NAME 的身份操作，而非使用操作系统登录名</translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation>输出机器可读的 JSON</translation>
    </message>
    <message>
        <source>how long to wait for a workbook another program is writing (default 10)</source>
        <translation>工作簿正被其他程序写入时的等待秒数（默认 10）</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>显示此帮助</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 invalid input or problems found, 2 usage error or cannot open, 3 conflict (stale version), 4 permission denied, 5 still busy after retries.</source>
        <translation>退出码：0 成功，1 输入无效或发现问题，2 用法错误或无法打开，3 冲突（版本已过时），4 权限不足，5 重试后仍然忙。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>--wait expects seconds, from 0 to 3600.</source>
        <translation>--wait 需要秒数，范围为 0 到 3600。</translation>
    </message>
    <message>
        <source>Missing arguments.</source>
        <translation>缺少参数。</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>参数过多。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>“%1”不符合 FIELD=VALUE 格式。</translation>
    </message>
    <message>
        <source>--expect-version expects a version number (1 or more).</source>
        <translation>--expect-version 需要版本号（不小于 1）。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>--limit expects a whole number (1 or more).</source>
        <translation>--limit 需要整数（不小于 1）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Unknown record action &quot;%1&quot;.</source>
        <translation>未知的记录操作“%1”。</translation>
    </message>
    <message>
        <source>Say what to set with --set FIELD=VALUE.</source>
        <translation>请用 --set FIELD=VALUE 指定要设置的内容。</translation>
    </message>
    <message>
        <source>%1 is now version %2.</source>
        <translation>%1现为版本%2。</translation>
    </message>
    <message>
        <source>Linked %1 to %2 (%3).</source>
        <translation>已将%1关联到%2（%3）。</translation>
    </message>
    <message>
        <source>Unlinked %1 from %2 (%3).</source>
        <translation>已解除%1与%2的关联（%3）。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除%1。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than the workbook&apos;s attachment limit.</source>
        <translation>%1超过了工作簿的附件大小上限。</translation>
    </message>
    <message>
        <source>Attached %1 to %2.</source>
        <translation>已将%1作为附件添加到%2。</translation>
    </message>
    <message>
        <source>read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>local, WAL journal; %1</source>
        <translation>本地，WAL 日志；%1</translation>
    </message>
    <message>
        <source>shared, rollback journal; %1</source>
        <translation>共享，回滚日志；%1</translation>
    </message>
    <message>
        <source>--scale expects a whole number from 1 to 100000.</source>
        <translation>--scale 需要 1 到 100000 之间的整数。</translation>
    </message>
    <message>
        <source>--seed expects a whole number.</source>
        <translation>--seed 需要整数。</translation>
    </message>
    <message>
        <source>--lang is en or zh_CN, not &quot;%1&quot;.</source>
        <translation>--lang 只能是 en 或 zh_CN，不能是“%1”。</translation>
    </message>
    <message>
        <source>Created %1 (schema %2; %3).</source>
        <translation>已创建%1（架构版本%2；%3）。</translation>
    </message>
    <message>
        <source>Demo data: %1 people, %2 groups, %3 customers, %4 services, %5 tasks, %6 links.</source>
        <translation>演示数据：%1名人员、%2个组、%3个客户、%4个服务、%5个任务、%6个关联。</translation>
    </message>
    <message>
        <source>Checked %1: %2 records, %3 audit entries.</source>
        <translation>已检查%1：%2条记录，%3个审计条目。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现%n个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Anchor (keep it outside the workbook; check --verify-anchor compares): %1</source>
        <translation>锚点（请保存在工作簿之外；可用 check --verify-anchor 比对）：%1</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3).</source>
        <translation>已将%1备份到%2（%3）。</translation>
    </message>
    <message>
        <source>--limit expects a whole number from 1 to 100000.</source>
        <translation>--limit 需要 1 到 100000 之间的整数。</translation>
    </message>
    <message>
        <source>There is no record type &quot;%1&quot;.</source>
        <translation>不存在记录类型“%1”。</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到任何结果。</translation>
    </message>
    <message>
        <source>user list takes the workbook only.</source>
        <translation>user list 只接受工作簿一个参数。</translation>
    </message>
    <message>
        <source>Unknown user action &quot;%1&quot;.</source>
        <translation>未知的用户操作“%1”。</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1现已拥有角色%2。</translation>
    </message>
    <message>
        <source>%1 no longer has the role %2.</source>
        <translation>%1已不再拥有角色%2。</translation>
    </message>
    <message>
        <source>Show the workbook&apos;s settings, or set one (shared, attachment_max_bytes, default_role, language).</source>
        <translation>显示工作簿的设置，或修改其中一项（shared、attachment_max_bytes、default_role、language）。</translation>
    </message>
    <message>
        <source>%1 is now %2; it applies from the next time the workbook is opened.</source>
        <translation>%1 已设为 %2，下次打开工作簿时生效。</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;.</source>
        <translation>没有设置项“%1”。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The workbook is busy: another user or program is saving to it.</source>
        <translation>工作簿正忙：其他用户或程序正在向其保存数据。</translation>
    </message>
    <message>
        <source>The disk is full or the workbook reached its size limit; the change was not saved and the workbook is unchanged.</source>
        <translation>磁盘已满或工作簿已达到大小上限；更改未保存，工作簿保持不变。</translation>
    </message>
    <message>
        <source>The workbook is read-only.</source>
        <translation>工作簿为只读。</translation>
    </message>
    <message>
        <source>The file is not a SQLite database.</source>
        <translation>该文件不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>The workbook file is damaged. Restore it from a backup.</source>
        <translation>工作簿文件已损坏。请从备份恢复。</translation>
    </message>
    <message>
        <source>The workbook file cannot be opened.</source>
        <translation>无法打开工作簿文件。</translation>
    </message>
    <message>
        <source>The operating system does not allow this access to the workbook.</source>
        <translation>操作系统不允许以此方式访问工作簿。</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the workbook; the change was not saved.</source>
        <translation>读写工作簿时磁盘报告错误；更改未保存。</translation>
    </message>
    <message>
        <source>The change breaks a rule of the workbook and was not saved.</source>
        <translation>此更改违反了工作簿的规则，未保存。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>The workbook reported an unexpected error.</source>
        <translation>工作簿报告了意外错误。</translation>
    </message>
    <message>
        <source>Saving was cancelled while the workbook was busy; nothing was changed.</source>
        <translation>工作簿忙碌期间保存被取消；未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>The workbook stayed busy for %n second(s): another user or program is holding it. Nothing was changed; try again.</source>
        <translation>
            <numerusform>工作簿持续忙碌了%n秒：其他用户或程序正在占用它。未做任何更改；请重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>An earlier step of this change failed; nothing was saved.</source>
        <translation>此更改的前一步骤失败；未保存任何内容。</translation>
    </message>
    <message>
        <source>A step of this change failed, so none of it was saved.</source>
        <translation>此更改的某个步骤失败，因此全部未保存。</translation>
    </message>
    <message>
        <source>The workbook is not open.</source>
        <translation>工作簿未打开。</translation>
    </message>
    <message>
        <source>The change was interrupted by an earlier error; nothing was saved.</source>
        <translation>此次更改被之前的错误中断，未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo data seeds are missing.</source>
        <translation>缺少演示数据的种子文件。</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>The workbook to open.</source>
        <translation>要打开的工作簿。</translation>
    </message>
    <message>
        <source>The language of the program: en or zh_CN.</source>
        <translation>程序界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Work as NAME instead of the operating system&apos;s login.</source>
        <translation>以 NAME 的身份工作，而非操作系统登录名。</translation>
    </message>
    <message>
        <source>Open the workbook read-only.</source>
        <translation>以只读方式打开工作簿。</translation>
    </message>
    <message>
        <source>Show the record ID (e.g. SVC-3) once the workbook is open.</source>
        <translation>工作簿打开后显示记录 ID（例如 SVC-3）。</translation>
    </message>
    <message>
        <source>Save a picture of the window as PNG once it has settled, and quit.</source>
        <translation>窗口稳定后将其截图保存为 PNG，然后退出。</translation>
    </message>
    <message>
        <source>How long to wait before --grab, in milliseconds.</source>
        <translation>执行 --grab 前等待的时间（毫秒）。</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>关系负责人</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>关键程度</translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation>服务负责人</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>服务时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>LinkKind</name>
    <message>
        <source>relates to</source>
        <translation>相关于</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>has member</source>
        <translation>包含成员</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>used by</source>
        <translation>被使用于</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>supported by</source>
        <translation>受支持于</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>依赖于</translation>
    </message>
    <message>
        <source>needed by</source>
        <translation>被依赖于</translation>
    </message>
    <message>
        <source>follows up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>followed up by</source>
        <translation>被跟进于</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Master data</source>
        <translation>主数据</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>RecordType</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>%1 expects a whole number, not &quot;%2&quot;.</source>
        <translation>%1应为整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 expects a number, not &quot;%2&quot;.</source>
        <translation>%1应为数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 expects yes or no, not &quot;%2&quot;.</source>
        <translation>%1应为 yes 或 no，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 must be a single line.</source>
        <translation>%1必须为单行。</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1过长：%2个字符，最多允许%3个。</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address: &quot;%2&quot;.</source>
        <translation>%1“%2”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>%1 must be a login name without spaces or commas: &quot;%2&quot;.</source>
        <translation>%1必须是不含空格或逗号的登录名：“%2”。</translation>
    </message>
    <message>
        <source>%1 expects a whole number.</source>
        <translation>%1应为整数。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1必须介于%2和%3之间，而不是%4。</translation>
    </message>
    <message>
        <source>%1 expects a number.</source>
        <translation>%1应为数字。</translation>
    </message>
    <message>
        <source>%1 expects a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1应为 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 expects a date and time such as 2026-03-01T14:30:00Z, not &quot;%2&quot;.</source>
        <translation>%1应为日期和时间（如 2026-03-01T14:30:00Z），而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 cannot be &quot;%2&quot;; it is one of: %3.</source>
        <translation>%1不能为“%2”；可选值为：%3。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>创建%1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>move %1 through their lifecycle</source>
        <translation>对%1执行生命周期状态转换</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>link %1 to other records</source>
        <translation>将%1关联到其他记录</translation>
    </message>
    <message>
        <source>attach files to %1</source>
        <translation>为%1添加附件</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 may not %2 (roles held: %3). This needs the role: %4.</source>
        <translation>%1无权%2（当前角色：%3）。此操作需要角色：%4。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>%1 may not %2: only an administrator may.</source>
        <translation>%1无权%2：仅管理员可执行此操作。</translation>
    </message>
    <message>
        <source>There is no record type &quot;%1&quot;.</source>
        <translation>不存在记录类型“%1”。</translation>
    </message>
    <message>
        <source>%1 records have no field &quot;%2&quot;. Their fields are: %3.</source>
        <translation>%1记录没有字段“%2”。可用字段为：%3。</translation>
    </message>
    <message>
        <source>There is no record with id %1.</source>
        <translation>不存在 ID 为%1的记录。</translation>
    </message>
    <message>
        <source>%1 has the unknown record type &quot;%2&quot;.</source>
        <translation>%1的记录类型“%2”未知。</translation>
    </message>
    <message>
        <source>%1 has lost its %2 details; run a check of the workbook.</source>
        <translation>%1缺少%2详细信息；请对工作簿运行检查。</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>不存在记录%1。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 (it is now version %4; you were working on version %5). Nothing was saved: reload it to see their change, then make yours again.</source>
        <translation>%1已于%3被%2修改（当前为版本%4；您编辑的是版本%5）。未保存任何内容：请重新加载以查看对方的更改，然后重新进行您的更改。</translation>
    </message>
    <message>
        <source>The state changes only through a lifecycle transition.</source>
        <translation>状态只能通过生命周期状态转换来更改。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not the login of any person in this workbook.</source>
        <translation>%1：“%2”不是此工作簿中任何人员的登录名。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is already used by %3.</source>
        <translation>%1“%2”已被%3使用。</translation>
    </message>
    <message>
        <source>To %1 %2, fill in: %3.</source>
        <translation>要对%2执行“%1”，请先填写：%3。</translation>
    </message>
    <message numerus="yes">
        <source>%1 must have a value.</source>
        <translation>
            <numerusform>%1不能为空。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no record type &quot;%1&quot;. The types are: %2.</source>
        <translation>不存在记录类型“%1”。可用类型为：%2。</translation>
    </message>
    <message>
        <source>A new record starts in the first state of its lifecycle; the state changes only through transitions.</source>
        <translation>新记录从其生命周期的初始状态开始；状态只能通过状态转换来更改。</translation>
    </message>
    <message>
        <source>The lifecycle of %1 records has no states.</source>
        <translation>%1记录的生命周期未定义任何状态。</translation>
    </message>
    <message>
        <source>The workbook does not know the record type &quot;%1&quot;.</source>
        <translation>工作簿中没有记录类型“%1”。</translation>
    </message>
    <message>
        <source>%1 records have no state &quot;%2&quot;. Their states are: %3.</source>
        <translation>%1记录没有状态“%2”。可用状态为：%3。</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1已处于“%2”状态。</translation>
    </message>
    <message>
        <source>%1 cannot go from %2 to %3: %2 is a final state.</source>
        <translation>%1无法从“%2”转换为“%3”：“%2”是最终状态。</translation>
    </message>
    <message>
        <source>%1 cannot go from %2 to %3. From %2 it can go to: %4.</source>
        <translation>%1无法从“%2”转换为“%3”。从“%2”可以转换为：%4。</translation>
    </message>
    <message>
        <source>%1 may not take the step &quot;%2&quot; on %3: it needs the role %4.</source>
        <translation>%1无权对%3执行“%2”：需要角色%4。</translation>
    </message>
    <message>
        <source>A record cannot be linked to itself.</source>
        <translation>记录不能关联到自身。</translation>
    </message>
    <message>
        <source>There is no link kind &quot;%1&quot;. The kinds are: %2.</source>
        <translation>不存在关联类型“%1”。可用类型为：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; links go from %2 to %3, not from %4 to %5.</source>
        <translation>“%1”关联应从%2指向%3，而不能从%4指向%5。</translation>
    </message>
    <message>
        <source>%1 is already linked to %2 as &quot;%3&quot;.</source>
        <translation>%1已与%2建立“%3”关联。</translation>
    </message>
    <message>
        <source>%1 is not linked to %2 as &quot;%3&quot;.</source>
        <translation>%1与%2之间没有“%3”关联。</translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation>附件必须有文件名。</translation>
    </message>
    <message>
        <source>%1 is %2; one attachment may be at most %3.</source>
        <translation>%1的大小为%2；单个附件最大为%3。</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>不存在附件%1。</translation>
    </message>
    <message>
        <source>change the workbook&apos;s settings</source>
        <translation>更改工作簿设置</translation>
    </message>
    <message>
        <source>grant roles</source>
        <translation>授予角色</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;. The roles are: %2.</source>
        <translation>不存在角色“%1”。可用角色为：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a login name.</source>
        <translation>“%1”不是有效的登录名。</translation>
    </message>
    <message>
        <source>revoke roles</source>
        <translation>撤销角色</translation>
    </message>
    <message>
        <source>The last administrator cannot be removed; grant the role to someone else first.</source>
        <translation>无法移除最后一名管理员；请先将该角色授予其他人。</translation>
    </message>
    <message>
        <source>%1 does not have the role %2.</source>
        <translation>%1没有角色%2。</translation>
    </message>
    <message>
        <source>This workbook already has an administrator.</source>
        <translation>此工作簿已有管理员。</translation>
    </message>
    <message>
        <source>Nothing to search for in &quot;%1&quot;.</source>
        <translation>“%1”中没有可搜索的内容。</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; could not be understood.</source>
        <translation>无法解析搜索“%1”。</translation>
    </message>
    <message>
        <source>%1 changed while it was being saved; nothing was saved.</source>
        <translation>%1 在保存过程中被更改，未保存任何内容。</translation>
    </message>
    <message>
        <source>The setting %1 cannot be &quot;%2&quot;: it expects %3.</source>
        <translation>设置项 %1 不能为“%2”：应为%3。</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 或 1</translation>
    </message>
    <message>
        <source>a number of bytes up to 1000000000</source>
        <translation>不超过 1000000000 的字节数</translation>
    </message>
    <message>
        <source>a role other than administrator and SMS owner, or nothing</source>
        <translation>管理员和服务管理体系负责人以外的角色，或留空</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;. The settings are: shared, attachment_max_bytes, default_role, language.</source>
        <translation>没有设置项“%1”。可用的设置项有：shared、attachment_max_bytes、default_role、language。</translation>
    </message>
    <message>
        <source>any record</source>
        <translation>任意记录</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Requester</source>
        <translation>请求人</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>服务台坐席</translation>
    </message>
    <message>
        <source>Problem manager</source>
        <translation>问题经理</translation>
    </message>
    <message>
        <source>Change manager</source>
        <translation>变更经理</translation>
    </message>
    <message>
        <source>CAB member</source>
        <translation>CAB 成员</translation>
    </message>
    <message>
        <source>Configuration manager</source>
        <translation>配置经理</translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation>服务负责人</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>SMS owner</source>
        <translation>服务管理体系负责人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>前客户</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>规划中</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Retiring</source>
        <translation>退役中</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已退役</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Transition</name>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>End relationship</source>
        <translation>终止合作</translation>
    </message>
    <message>
        <source>Resume relationship</source>
        <translation>恢复合作</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>上线</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Start retirement</source>
        <translation>开始退役</translation>
    </message>
    <message>
        <source>Keep live</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>退役</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>The upgrade script for schema version %1 is missing.</source>
        <translation>缺少架构版本%1的升级脚本。</translation>
    </message>
    <message>
        <source>Upgrading the workbook to schema version %1 failed; it was left as it was.</source>
        <translation>将工作簿升级到架构版本%1失败；工作簿保持原样。</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>无法打开%1。</translation>
    </message>
    <message>
        <source>%1 is locked: another program is writing to it or holds it open exclusively. Try again in a moment, open it read-only, or cancel.</source>
        <translation>%1已被锁定：另一个程序正在写入它或以独占方式打开了它。请稍后重试、以只读方式打开，或取消。</translation>
    </message>
    <message>
        <source>%1 is not a Servicebench workbook: it is not a SQLite database.</source>
        <translation>%1不是 Servicebench 工作簿：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Servicebench workbook.</source>
        <translation>%1是其他程序的 SQLite 数据库，不是 Servicebench 工作簿。</translation>
    </message>
    <message>
        <source>marked shared</source>
        <translation>已标记为共享</translation>
    </message>
    <message>
        <source>network or unknown file system (%1)</source>
        <translation>网络或未知文件系统（%1）</translation>
    </message>
    <message>
        <source>local disk (%1)</source>
        <translation>本地磁盘（%1）</translation>
    </message>
    <message>
        <source>journal left as %1 because another program has the workbook open</source>
        <translation>由于其他程序已打开该工作簿，日志模式保持为%1</translation>
    </message>
    <message>
        <source>No workbook file was given.</source>
        <translation>未指定工作簿文件。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workbook file.</source>
        <translation>%1是文件夹，不是工作簿文件。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1不是常规文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a workbook. It was left untouched; create a new workbook instead.</source>
        <translation>%1为空（0 字节），因此不是工作簿。该文件未被改动；请改为新建工作簿。</translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation>按要求以只读方式打开</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>the folder that holds it is read-only</source>
        <translation>所在文件夹为只读</translation>
    </message>
    <message>
        <source>changes by others will not show until it is opened again</source>
        <translation>他人的更改在重新打开之前不会显示</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Servicebench (schema %2; this program knows schema %3) and cannot be opened safely. Update Servicebench to open it.</source>
        <translation>%1由较新版本的 Servicebench 创建（架构版本%2；本程序支持架构版本%3），无法安全打开。请更新 Servicebench 后再打开。</translation>
    </message>
    <message>
        <source>made by a newer version of Servicebench (schema %1); update Servicebench to change it</source>
        <translation>由较新版本的 Servicebench 创建（架构版本%1）；请更新 Servicebench 后再修改</translation>
    </message>
    <message>
        <source>%1 was made by an older version of Servicebench and must be upgraded before use, but it cannot be written here (%2).</source>
        <translation>%1由较旧版本的 Servicebench 创建，使用前必须升级，但此处无法写入（%2）。</translation>
    </message>
    <message>
        <source>%1 was made by an older version of Servicebench and must be upgraded before use.</source>
        <translation>%1由较旧版本的 Servicebench 创建，使用前必须升级。</translation>
    </message>
    <message>
        <source>%1 must be upgraded to schema %2, but %3 has it open. Ask them to close it, then open it again.</source>
        <translation>%1必须升级到架构版本%2，但%3正打开着它。请让对方关闭后再重新打开。</translation>
    </message>
    <message>
        <source>%1 was not upgraded: the backup copy could not be written (%2).</source>
        <translation>%1未升级：无法写入备份副本（%2）。</translation>
    </message>
    <message>
        <source>%1 already exists. A new workbook never replaces an existing file; choose another name.</source>
        <translation>%1已存在。新建工作簿不会替换现有文件；请选择其他名称。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹%1不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>无法创建%1：%2</translation>
    </message>
    <message>
        <source>The workbook %1 could not be created: %2</source>
        <translation>无法创建工作簿%1：%2</translation>
    </message>
    <message>
        <source>The workbook is read-only (%1); nothing can be changed.</source>
        <translation>工作簿为只读（%1）；无法进行任何更改。</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1已存在；备份不会覆盖现有文件。</translation>
    </message>
    <message>
        <source>The backup could not be flushed to disk.</source>
        <translation>无法将备份写入磁盘。</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation>无法将备份命名为%1。</translation>
    </message>
    <message>
        <source>another program has it open in WAL mode, which is not safe to write over a network; it can be changed once that program closes it</source>
        <translation>另一程序以 WAL 模式打开了它，通过网络写入并不安全；待该程序关闭后即可修改</translation>
    </message>
</context>
<context>
    <name>sb::ui::ConflictDialog</name>
    <message>
        <source>%1 was changed by someone else</source>
        <translation>%1已被他人修改</translation>
    </message>
    <message>
        <source>%1 saved %2 at %3 while you were editing it. Nothing of yours has been saved yet. Compare the values and choose.</source>
        <translation>在您编辑期间，%1于%3保存了%2。您的更改尚未保存。请比较各项值后再做选择。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>您的值（未保存）</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>对方的值（已保存）</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>采用对方的值</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>用我的值覆盖对方的值</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>sb::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Workbook…</source>
        <translation>新建工作簿(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Workbook…</source>
        <translation>打开工作簿(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Close Workbook</source>
        <translation>关闭工作簿(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back Up To…</source>
        <translation>备份到(&amp;B)…</translation>
    </message>
    <message>
        <source>Check &amp;Workbook</source>
        <translation>检查工作簿(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New Record</source>
        <translation>新建记录(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Search All Records</source>
        <translation>搜索所有记录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About Servicebench</source>
        <translation>关于 Servicebench(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Servicebench</source>
        <translation>Servicebench</translation>
    </message>
    <message>
        <source>No workbook open</source>
        <translation>未打开工作簿</translation>
    </message>
    <message>
        <source>%1 [read-only] — Servicebench</source>
        <translation>%1 [只读] — Servicebench</translation>
    </message>
    <message>
        <source>%1 — Servicebench</source>
        <translation>%1 — Servicebench</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>WAL journal: %1</source>
        <translation>WAL 日志：%1</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Rollback journal: %1</source>
        <translation>回滚日志：%1</translation>
    </message>
    <message>
        <source>Nobody else connected</source>
        <translation>无其他人连接</translation>
    </message>
    <message>
        <source>Also connected: %1</source>
        <translation>同时连接的还有：%1</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>Waiting %1 s for the workbook, held by %2…</source>
        <translation>工作簿被%2占用，正在等待%1秒…</translation>
    </message>
    <message>
        <source>Workbook upgraded</source>
        <translation>工作簿已升级</translation>
    </message>
    <message>
        <source>The workbook was upgraded to this version of Servicebench. A copy from before the upgrade was saved as %1.</source>
        <translation>工作簿已升级到此版本的 Servicebench。升级前的副本已保存为%1。</translation>
    </message>
    <message>
        <source>Workbook locked</source>
        <translation>工作簿已锁定</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Cannot open the workbook</source>
        <translation>无法打开工作簿</translation>
    </message>
    <message>
        <source>Cannot create the workbook</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <source>Open workbook</source>
        <translation>打开工作簿</translation>
    </message>
    <message>
        <source>Servicebench workbooks (*.sbw);;All files (*)</source>
        <translation>Servicebench 工作簿 (*.sbw);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back up the workbook to</source>
        <translation>将工作簿备份到</translation>
    </message>
    <message>
        <source>Servicebench workbooks (*.sbw)</source>
        <translation>Servicebench 工作簿 (*.sbw)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到%1</translation>
    </message>
    <message>
        <source>Checking the workbook…</source>
        <translation>正在检查工作簿…</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>检查失败</translation>
    </message>
    <message>
        <source>Workbook check</source>
        <translation>工作簿检查</translation>
    </message>
    <message>
        <source>No problems found in %1 records and %2 audit entries.</source>
        <translation>已检查%1条记录和%2个审计条目，未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现%n个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Anchor of the audit trail (keep it elsewhere to detect a rewritten trail): %1:%2</source>
        <translation>审计跟踪锚点（请另行保存，以便发现被改写的审计跟踪）：%1:%2</translation>
    </message>
    <message>
        <source>About Servicebench</source>
        <translation>关于 Servicebench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Servicebench %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for running IT service management the way ISO/IEC 20000-1 (2011 and 2018) asks.&lt;/p&gt;&lt;p&gt;Everything lives in one workbook file that works offline, on a laptop or a shared drive.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Servicebench %1&lt;/h3&gt;&lt;p&gt;一款按照 ISO/IEC 20000-1（2011 版和 2018 版）要求开展 IT 服务管理的桌面工作台。&lt;/p&gt;&lt;p&gt;所有内容都保存在一个工作簿文件中，可离线使用，既可放在笔记本电脑上，也可放在共享驱动器上。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Some changes are not saved. Quit anyway and lose them?</source>
        <translation>部分更改尚未保存。仍要退出并放弃这些更改吗？</translation>
    </message>
</context>
<context>
    <name>sb::ui::NewWorkbookDialog</name>
    <message>
        <source>New workbook</source>
        <translation>新建工作簿</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Shared by several people (on a network drive or not)</source>
        <translation>多人共享（无论是否位于网络驱动器上）</translation>
    </message>
    <message>
        <source>A shared workbook always uses SQLite&apos;s rollback journal, which is safe on network file systems.</source>
        <translation>共享工作簿始终使用 SQLite 的回滚日志，可在网络文件系统上安全使用。</translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation>填充演示数据</translation>
    </message>
    <message>
        <source>Language of the demo data:</source>
        <translation>演示数据的语言：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Servicebench workbooks (*.sbw)</source>
        <translation>Servicebench 工作簿 (*.sbw)</translation>
    </message>
    <message>
        <source>This file exists already; choose a new name.</source>
        <translation>此文件已存在；请另选名称。</translation>
    </message>
</context>
<context>
    <name>sb::ui::OverviewWidget</name>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>Stored locally (WAL journal): %1</source>
        <translation>本地存储（WAL 日志）：%1</translation>
    </message>
    <message>
        <source>Stored for sharing (rollback journal): %1</source>
        <translation>共享存储（回滚日志）：%1</translation>
    </message>
    <message>
        <source>Working as %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>Upgraded when opened; the copy from before is %1</source>
        <translation>打开时已升级；升级前的副本为%1</translation>
    </message>
    <message>
        <source>Nobody else has this workbook open.</source>
        <translation>没有其他人打开此工作簿。</translation>
    </message>
    <message>
        <source>Also working in this workbook: %1</source>
        <translation>同时在使用此工作簿的还有：%1</translation>
    </message>
    <message>
        <source>Welcome to Servicebench</source>
        <translation>欢迎使用 Servicebench</translation>
    </message>
    <message>
        <source>Servicebench keeps an IT team&apos;s service management - incidents, problems, changes, the CMDB, service levels and the management system of ISO/IEC 20000-1 - in one workbook file, on your disk or on a shared drive. Create a workbook or open one.</source>
        <translation>Servicebench 将 IT 团队的服务管理——事件、问题、变更、CMDB、服务级别以及 ISO/IEC 20000-1 的管理体系——保存在一个工作簿文件中，可放在本地磁盘或共享驱动器上。请新建或打开一个工作簿。</translation>
    </message>
    <message>
        <source>New workbook…</source>
        <translation>新建工作簿…</translation>
    </message>
    <message>
        <source>Open workbook…</source>
        <translation>打开工作簿…</translation>
    </message>
    <message>
        <source>Recent workbooks</source>
        <translation>最近使用的工作簿</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>sb::ui::RecordEditor</name>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S or Ctrl+Enter)</source>
        <translation>保存更改（Ctrl+S 或 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Undo the unsaved changes (Escape)</source>
        <translation>撤消未保存的更改（Esc）</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>转换为“%1”</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>unlinked</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>removed attachment</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved %1 (version %2).</source>
        <translation>已保存%1（版本%2）。</translation>
    </message>
    <message>
        <source>Showing the saved version; your changes were discarded.</source>
        <translation>正在显示已保存的版本；您的更改已放弃。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 is %2; one attachment may be at most %3.</source>
        <translation>%1的大小为%2；单个附件最大为%3。</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>已添加附件%1。</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation>已将副本保存到%1。</translation>
    </message>
    <message>
        <source>Select a record in the list, or create one with Ctrl+N.</source>
        <translation>在列表中选择一条记录，或按 Ctrl+N 新建。</translation>
    </message>
    <message>
        <source>The new record</source>
        <translation>新记录</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 未保存：%2</translation>
    </message>
</context>
<context>
    <name>sb::ui::RecordPanel</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1有未保存的更改。是否先保存？</translation>
    </message>
    <message>
        <source>The new record</source>
        <translation>新记录</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n个匹配项</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter %1 (full-text, e.g. print* or 网络)…</source>
        <translation>筛选%1（全文搜索，例如 print* 或 网络）…</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Create a record (Ctrl+N)</source>
        <translation>创建记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>Still saving</source>
        <translation>仍在保存</translation>
    </message>
    <message>
        <source>%1 is being saved; wait a moment, then try again.</source>
        <translation>%1 正在保存，请稍候再试。</translation>
    </message>
</context>
<context>
    <name>sb::ui::SearchDock</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n个结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search every record (Ctrl+F): words, prefix*, &quot;a phrase&quot;, 中文</source>
        <translation>搜索所有记录（Ctrl+F）：词语、前缀*、&quot;短语&quot;、中文</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
</TS>
