<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Assets</name>
    <message>
        <source>Warranties are looked for from a valid day over zero or more days.</source>
        <translation>查找保修时需要一个有效的起始日期和零天或更多的天数。</translation>
    </message>
    <message>
        <source>The asset export could not be written: %1</source>
        <translation>无法写入资产导出文件：%1</translation>
    </message>
    <message>
        <source>%1 already exists; it is only replaced when asked to.</source>
        <translation>%1 已存在；仅在明确要求时才会替换。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be written, and is as it was before: %2</source>
        <translation>无法写入 %1，文件保持原样：%2</translation>
    </message>
</context>
<context>
    <name>Baselines</name>
    <message>
        <source>A baseline covers everything or one service&apos;s tree; %1 is neither a service nor a business service CI.</source>
        <translation>基线涵盖全部内容或某个服务的树；%1 既不是服务，也不是业务服务配置项。</translation>
    </message>
    <message>
        <source>A baseline needs a name of one line, at most %1 characters.</source>
        <translation>基线需要一个单行名称，最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A baseline&apos;s description holds at most %1 characters.</source>
        <translation>基线的描述最多 %1 个字符。</translation>
    </message>
    <message>
        <source>%1 may not take baselines. This needs the role: %2, %3 or %4.</source>
        <translation>%1 不能创建基线。需要以下角色：%2、%3 或 %4。</translation>
    </message>
    <message>
        <source>There is already a baseline named &quot;%1&quot;.</source>
        <translation>已存在名为“%1”的基线。</translation>
    </message>
    <message>
        <source>There is no baseline &quot;%1&quot;.</source>
        <translation>不存在基线“%1”。</translation>
    </message>
    <message>
        <source>Baseline &quot;%1&quot; covers %2 (%3), which no longer exists; compare it with another baseline instead.</source>
        <translation>基线“%1”涵盖的 %2（%3）已不存在；请改为将其与另一个基线比较。</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>%1 may not change the incident categories or the request catalogue (roles held: %2). This needs the role: %3.</source>
        <translation>%1 无权修改事件类别或请求目录（所持角色：%2）。此操作需要角色：%3。</translation>
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
        <source>A category needs a name.</source>
        <translation>类别需要名称。</translation>
    </message>
    <message>
        <source>A category&apos;s name is one line of text, without line breaks or tabs.</source>
        <translation>类别名称须为单行文本，不能包含换行符或制表符。</translation>
    </message>
    <message>
        <source>A category&apos;s name has at most %1 characters; &quot;%2&quot; has %3.</source>
        <translation>类别名称最多 %1 个字符；“%2”有 %3 个。</translation>
    </message>
    <message>
        <source>There is no incident category %1.</source>
        <translation>没有事件类别 %1。</translation>
    </message>
    <message>
        <source>There is already a top-level category named &quot;%1&quot;.</source>
        <translation>已有名为“%1”的顶级类别。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a subcategory named &quot;%2&quot;.</source>
        <translation>“%1”下已有名为“%2”的子类别。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot go under itself or one of its own subcategories.</source>
        <translation>“%1”不能放在其自身或其子类别之下。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still has subcategories: remove them or move them elsewhere first.</source>
        <translation>“%1”仍有子类别：请先删除它们或将其移至别处。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a request type code: use lower-case letters, digits, &quot;_&quot; and &quot;-&quot;, beginning with a letter, at most %2 characters (say new_laptop).</source>
        <translation>“%1”不是有效的请求类型代码：请使用小写字母、数字、“_”和“-”，以字母开头，最多 %2 个字符（例如 new_laptop）。</translation>
    </message>
    <message>
        <source>The request type %1 needs a name.</source>
        <translation>请求类型 %1 需要名称。</translation>
    </message>
    <message>
        <source>The name of the request type %1 is one line of at most %2 characters.</source>
        <translation>请求类型 %1 的名称须为单行，最多 %2 个字符。</translation>
    </message>
    <message>
        <source>The service of the request type %1 is one line of text.</source>
        <translation>请求类型 %1 的服务须为单行文本。</translation>
    </message>
    <message>
        <source>The time allowed for the request type %1 must be more than 0 hours.</source>
        <translation>请求类型 %1 的允许时长必须大于 0 小时。</translation>
    </message>
    <message>
        <source>There is no request type %1.</source>
        <translation>没有请求类型 %1。</translation>
    </message>
    <message>
        <source>There is already a request type with the code %1.</source>
        <translation>已有代码为 %1 的请求类型。</translation>
    </message>
</context>
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
    <message>
        <source>The index of known errors and articles does not match them (%1).</source>
        <translation>已知错误和文章的索引与其内容不一致（%1）。</translation>
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
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>门户</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Awaiting the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Awaiting a supplier</source>
        <translation>等待供应商</translation>
    </message>
    <message>
        <source>Awaiting a change</source>
        <translation>等待变更</translation>
    </message>
    <message>
        <source>Confirmed with the customer</source>
        <translation>已与客户确认</translation>
    </message>
    <message>
        <source>Auto-closed after the waiting period</source>
        <translation>等待期满后自动关闭</translation>
    </message>
    <message>
        <source>An incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Incident trends</source>
        <translation>事件趋势</translation>
    </message>
    <message>
        <source>A supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>五个为什么</translation>
    </message>
    <message>
        <source>Cause and effect</source>
        <translation>因果分析</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Support staff</source>
        <translation>支持人员</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>CiAttribute</name>
    <message>
        <source>Service hours</source>
        <translation>服务时间</translation>
    </message>
    <message>
        <source>Catalogue service</source>
        <translation>目录服务</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>引擎版本</translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <translation>大小（GB）</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>CPU 核数</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>内存（GB）</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>Capacity (TB)</source>
        <translation>容量（TB）</translation>
    </message>
    <message>
        <source>RAID level</source>
        <translation>RAID 级别</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本类型</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>许可证密钥</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>计量方式</translation>
    </message>
    <message>
        <source>Location of the document</source>
        <translation>文档位置</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>CiGraphView</name>
    <message>
        <source>%1 · %2</source>
        <comment>a node&apos;s ID and state in the CMDB graph</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>an edge&apos;s tooltip: source, relationship, target</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>There is no graph to save.</source>
        <translation>没有可保存的关系图。</translation>
    </message>
    <message>
        <source>The picture could not be saved as %1.</source>
        <translation>无法将图片保存为 %1。</translation>
    </message>
    <message>
        <source>Drawn by Servicebench</source>
        <translation>由 Servicebench 绘制</translation>
    </message>
    <message>
        <source>The drawing could not be saved as %1.</source>
        <translation>无法将绘图保存为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n more relationship(s) not drawn: double-click to show them.</source>
        <translation>
            <numerusform>另有 %n 个关系未画出：双击以显示。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CiRules</name>
    <message>
        <source>A CI&apos;s attributes are a JSON object of names and values, such as {&quot;operating_system&quot;: &quot;Debian 12&quot;}; this is not one (%1).</source>
        <translation>配置项的属性是由名称和值组成的 JSON 对象，例如 {&quot;operating_system&quot;: &quot;Debian 12&quot;}；而此值不是（%1）。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>%1 refers to a %2 by its ID (such as %3-1); &quot;%4&quot; is not one.</source>
        <translation>%1 通过 ID 引用 %2（例如 %3-1）；“%4”不是有效的 ID。</translation>
    </message>
    <message>
        <source>%1 refers to %2, which does not exist.</source>
        <translation>%1 引用的 %2 不存在。</translation>
    </message>
    <message>
        <source>%1 takes one value, not a list.</source>
        <translation>%1 只接受一个值，不接受列表。</translation>
    </message>
    <message>
        <source>%1 holds at most 2000 characters.</source>
        <translation>%1 最多 2000 个字符。</translation>
    </message>
    <message>
        <source>%1 is a number; &quot;%2&quot; is not one.</source>
        <translation>%1 是数字；“%2”不是数字。</translation>
    </message>
    <message>
        <source>%1 is a date written YYYY-MM-DD; &quot;%2&quot; is not one.</source>
        <translation>%1 是格式为 YYYY-MM-DD 的日期；“%2”不符合此格式。</translation>
    </message>
    <message>
        <source>%1 is one of: %2; &quot;%3&quot; is none of them.</source>
        <translation>%1 须为以下之一：%2；“%3”不在其中。</translation>
    </message>
    <message>
        <source>There is no CI type &quot;%1&quot;. The types are: %2.</source>
        <translation>不存在配置项类型“%1”。类型有：%2。</translation>
    </message>
    <message>
        <source>There is already a %1 named &quot;%2&quot; (%3); a CI&apos;s name is unique within its type.</source>
        <translation>已存在名为“%2”的 %1（%3）；配置项名称在其类型内必须唯一。</translation>
    </message>
    <message>
        <source>A %1 has no attribute &quot;%2&quot;. Its attributes are: %3.</source>
        <translation>%1 没有属性“%2”。其属性有：%3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>A %1 needs a value for %2.</source>
        <translation>%1 需要 %2 的值。</translation>
    </message>
    <message>
        <source>any CI</source>
        <translation>任意配置项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; joins %2 to %3; %4 (%5) to %6 (%7) does not fit.</source>
        <translation>“%1”将 %2 连接到 %3；从 %4（%5）到 %6（%7）不符合。</translation>
    </message>
</context>
<context>
    <name>CiType</name>
    <message>
        <source>Business service</source>
        <translation>业务服务</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Physical server</source>
        <translation>物理服务器</translation>
    </message>
    <message>
        <source>Virtual server</source>
        <translation>虚拟服务器</translation>
    </message>
    <message>
        <source>Network device</source>
        <translation>网络设备</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>End-user device</source>
        <translation>终端设备</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>CiTypes</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>There is no CI type &quot;%1&quot;.</source>
        <translation>不存在配置项类型“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name an attribute: use lower-case letters, digits and _, starting with a letter, at most 40.</source>
        <translation>“%1”不能用作属性名：请使用小写字母、数字和 _，以字母开头，最多 40 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a CI type&apos;s code: use lower-case letters, digits and _, starting with a letter, at most 40.</source>
        <translation>“%1”不能用作配置项类型代码：请使用小写字母、数字和 _，以字母开头，最多 40 个字符。</translation>
    </message>
    <message>
        <source>%1 may not change the CI types. This needs the role: %2 or %3.</source>
        <translation>%1 不能更改配置项类型。需要以下角色：%2 或 %3。</translation>
    </message>
    <message>
        <source>A CI type needs a name of one line, at most 100 characters.</source>
        <translation>配置项类型需要一个单行名称，最多 100 个字符。</translation>
    </message>
    <message>
        <source>There is no icon &quot;%1&quot;. The icons are: %2.</source>
        <translation>不存在图标“%1”。图标有：%2。</translation>
    </message>
    <message>
        <source>A subtype is one line without commas: &quot;%1&quot;.</source>
        <translation>子类型必须是不含逗号的单行文本：“%1”。</translation>
    </message>
    <message>
        <source>There is already a CI type named &quot;%1&quot;.</source>
        <translation>已存在名为“%1”的配置项类型。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is one of the shipped CI types and stays.</source>
        <translation>“%1”是内置的配置项类型，不能删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n CI(s) have the type &quot;%1&quot;; give them another type first.</source>
        <translation>
            <numerusform>有 %n 个配置项属于类型“%1”；请先为它们更改类型。</numerusform>
        </translation>
    </message>
    <message>
        <source>An attribute needs a name of one line, at most 100 characters.</source>
        <translation>属性需要一个单行名称，最多 100 个字符。</translation>
    </message>
    <message>
        <source>A choice attribute needs at least one choice.</source>
        <translation>选项属性至少需要一个选项。</translation>
    </message>
    <message>
        <source>A reference attribute names the type of record it refers to; &quot;%1&quot; is none.</source>
        <translation>引用属性须指明所引用记录的类型；“%1”不是有效的类型。</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot; for %3, which the changed attribute would not accept. Change that value first.</source>
        <translation>%1 的 %3 值为“%2”，更改后的属性将不接受该值。请先更改该值。</translation>
    </message>
    <message>
        <source>CI type &quot;%1&quot; has no attribute &quot;%2&quot;.</source>
        <translation>配置项类型“%1”没有属性“%2”。</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a relationship type&apos;s code: use lower-case letters, digits and _, starting with a letter, at most 40.</source>
        <translation>“%1”不能作为关系类型的代码：请使用小写字母、数字和 _，以字母开头，最多 40 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a kind of link between records.</source>
        <translation>“%1”已是记录之间的一种链接。</translation>
    </message>
    <message>
        <source>A relationship type needs a label each way, of one line and at most 60 characters.</source>
        <translation>关系类型需要两个方向的标签，每个为一行，最多 60 个字符。</translation>
    </message>
    <message>
        <source>There is already a relationship type &quot;%1&quot;.</source>
        <translation>已有关系类型“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n &quot;%1&quot; relationship(s) join CI types this would no longer allow; remove them or keep their types.</source>
        <translation>
            <numerusform>有 %n 个“%1”关系连接的配置项类型将不再被允许；请先删除这些关系，或保留其类型。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no relationship type &quot;%1&quot;.</source>
        <translation>没有关系类型“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is one of the shipped relationship types and stays.</source>
        <translation>“%1”是内置的关系类型，不能删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n CI relationship(s) are &quot;%1&quot;; remove them first.</source>
        <translation>
            <numerusform>有 %n 个配置项关系属于“%1”；请先删除它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>From target to source: the source needs the target</source>
        <translation>从目标到源：源依赖于目标</translation>
    </message>
    <message>
        <source>From source to target: the target needs the source</source>
        <translation>从源到目标：目标依赖于源</translation>
    </message>
    <message>
        <source>The relationship type &quot;%1&quot; joins CIs of the type &quot;%2&quot;; take the type out of it first.</source>
        <translation>关系类型“%1”连接类型为“%2”的配置项；请先从该关系类型中去掉此类型。</translation>
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
        <source>%1 is now %2; it applies from the next time the workbook is opened.</source>
        <translation>%1 已设为 %2，下次打开工作簿时生效。</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;.</source>
        <translation>没有设置项“%1”。</translation>
    </message>
    <message>
        <source>Import records from CSV; rows with the same key update one record. Exit 1 if rows were skipped.</source>
        <translation>从 CSV 导入记录；键相同的行更新同一条记录。有行被跳过时退出码为 1。</translation>
    </message>
    <message>
        <source>Ticket counts and times to resolve per group, with the share that met its SLA.</source>
        <translation>按分组统计工单数量、解决时长，以及达到 SLA 的比例。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>%1 has no &quot;title&quot; column; name the columns after the fields of %2 records, or give a mapping with --mapping.</source>
        <translation>%1 没有 &quot;title&quot; 列；请按 %2 记录的字段命名各列，或用 --mapping 指定映射。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>The mapping is for %1 records, not for %2.</source>
        <translation>该映射用于 %1 记录，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 rows read, %2 saved</source>
        <translation>已读取 %1 行，已保存 %2 行</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more (see --json).</source>
        <translation>
            <numerusform>……还有 %n 行（见 --json）。</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 expects a date such as 2026-01-31 or a time such as 2026-01-31T08:00:00Z.</source>
        <translation>--%1 需要一个日期（如 2026-01-31）或时间（如 2026-01-31T08:00:00Z）。</translation>
    </message>
    <message>
        <source>--by expects one of: %1.</source>
        <translation>--by 只能是：%1。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Median h</source>
        <translation>中位小时</translation>
    </message>
    <message>
        <source>Mean h</source>
        <translation>平均小时</translation>
    </message>
    <message>
        <source>Median work h</source>
        <translation>中位工作小时</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA 达成</translation>
    </message>
    <message>
        <source>running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>breached at %1</source>
        <translation>于 %1 违约</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>breaching soon, due %1</source>
        <translation>即将违约，到期 %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>到期 %1</translation>
    </message>
    <message>
        <source>Unknown sla action &quot;%1&quot;.</source>
        <translation>未知的 sla 操作“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Recomputed the SLA clocks of %n open ticket(s).</source>
        <translation>
            <numerusform>已重新计算 %n 个未结工单的 SLA 计时。</numerusform>
        </translation>
    </message>
    <message>
        <source>No SLA applies to %1.</source>
        <translation>%1 没有适用的 SLA。</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA：%1</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>The workbook has no incident categories.</source>
        <translation>工作簿中没有事件类别。</translation>
    </message>
    <message>
        <source>Recompute the SLA clocks of every open ticket, or show one ticket&apos;s clocks with the log that explains them, or add a CSV list of holidays (date,name; +date for an extra working day) to a business calendar.</source>
        <translation>重新计算所有未结工单的 SLA 计时，或显示某个工单的计时及其说明日志，或将 CSV 格式的节假日列表（date,name；+date 表示调休工作日）添加到业务日历。</translation>
    </message>
    <message>
        <source>List the incident category tree.</source>
        <translation>列出事件类别树。</translation>
    </message>
    <message>
        <source>Work tickets: write a work note or a customer update, escalate to another group or up to a manager, take an escalation up, show a ticket&apos;s timeline, list the tickets that need attention, or run the sweep (escalation rules and auto-close).</source>
        <translation>处理工单：填写工作备注或客户通报，升级到其他组或上报给经理，接手升级，显示工单时间线，列出需关注的工单，或运行巡检（升级规则和自动关闭）。</translation>
    </message>
    <message>
        <source>Show the workbook&apos;s settings, or set one (shared, attachment_max_bytes, default_role, language, major_incident.priority_at_most, major_incident.manager, attention.customer_update_minutes, auto_close.days).</source>
        <translation>显示工作簿的设置，或设置其中一项（shared、attachment_max_bytes、default_role、language、major_incident.priority_at_most、major_incident.manager、attention.customer_update_minutes、auto_close.days）。</translation>
    </message>
    <message>
        <source>There is no business calendar &quot;%1&quot;. The calendars are: %2.</source>
        <translation>没有业务日历“%1”。现有日历：%2。</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message numerus="yes">
        <source>Read %n date(s) into the calendar &quot;%1&quot;. Holidays now: %2; extra working days: %3.</source>
        <translation>
            <numerusform>已将 %n 个日期读入日历“%1”。当前节假日：%2；调休工作日：%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>, waiting</source>
        <translation>，等待中</translation>
    </message>
    <message>
        <source>Unknown ticket action &quot;%1&quot;.</source>
        <translation>未知的工单操作“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Escalated %n ticket(s) by the escalation rules.</source>
        <translation>
            <numerusform>已按升级规则升级 %n 个工单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n ticket(s) after the auto-close period.</source>
        <translation>
            <numerusform>已在自动关闭期限届满后关闭 %n 个工单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not closed: %1</source>
        <translation>未关闭：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no escalation number.</source>
        <translation>“%1”不是升级编号。</translation>
    </message>
    <message>
        <source>Problem management: list the incident groups, repeat callers and reopened incidents that may hide a problem, review whether resolved problems recurred (and mark those that did), offer the known errors and articles that match an incident text, apply a known error&apos;s workaround to an incident, or log a problem from incidents.</source>
        <translation>问题管理：列出可能隐藏问题的事件组、重复报告人和重新打开的事件；复审已解决的问题是否复发（并标记已复发的问题）；提供与事件文本匹配的已知错误和文章；将已知错误的临时解决方法应用于事件；或从事件记录问题。</translation>
    </message>
    <message>
        <source>--%1 expects a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 应为 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>Repeat caller</source>
        <translation>重复报告人</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message numerus="yes">
        <source>No candidates: no group reaches %1 incidents in the last %n day(s), no caller called %2 times, nothing was reopened.</source>
        <translation>
            <numerusform>没有候选问题：最近 %n 天内没有分组达到 %1 个事件，没有报告人报告达 %2 次，也没有重新打开的事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>First</source>
        <translation>首次</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No problem has been resolved yet.</source>
        <translation>尚无已解决的问题。</translation>
    </message>
    <message>
        <source>h to cause</source>
        <translation>定因耗时（小时）</translation>
    </message>
    <message>
        <source>h to fix</source>
        <translation>修复耗时（小时）</translation>
    </message>
    <message>
        <source>Recurred</source>
        <translation>复发</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>是：%1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>%n resolved problem(s), </source>
        <translation>
            <numerusform>%n 个已解决的问题，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recurred after the fix.</source>
        <translation>
            <numerusform>其中 %n 个在修复后复发。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what the incident is about: a text, --service, --category or --ci.</source>
        <translation>请说明事件的内容：提供文本、--service、--category 或 --ci。</translation>
    </message>
    <message>
        <source>No known error or article matches.</source>
        <translation>没有匹配的已知错误或文章。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Known error</source>
        <translation>已知错误</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>matches on %1; score %2</source>
        <translation>按%1匹配；得分 %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Workaround: %1</source>
        <translation>临时解决方法：%1</translation>
    </message>
    <message>
        <source>%1 is worked around with %2; the workaround is written as a work note.</source>
        <translation>%1 已采用 %2 的临时解决方法；该临时解决方法已写入工作备注。</translation>
    </message>
    <message>
        <source>A problem needs a title: --title TEXT.</source>
        <translation>问题需要标题：--title TEXT。</translation>
    </message>
    <message>
        <source>%1 is no incident: a problem is created from incidents.</source>
        <translation>%1 不是事件：问题只能从事件创建。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) newly marked as recurred after their fix.</source>
        <translation>
            <numerusform>%n 个问题被新标记为修复后复发。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown problem action &quot;%1&quot;.</source>
        <translation>未知的问题操作“%1”。</translation>
    </message>
    <message>
        <source>--by expects one of: service, ci, category, not &quot;%1&quot;.</source>
        <translation>--by 应为以下之一：service、ci、category，而不是“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n problem(s) as recurred after their fix.</source>
        <translation>
            <numerusform>已将 %n 个问题标记为修复后复发。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recurrences not checked: %1</source>
        <translation>未检查复发：%1</translation>
    </message>
    <message>
        <source>Demo data: %1 people, %2 groups, %3 customers, %4 services, %5 tasks, %6 incidents, %7 service requests, %8 problems, %9 known errors, %10 knowledge articles, %11 links.</source>
        <translation>演示数据：%1 名人员、%2 个组、%3 个客户、%4 项服务、%5 个任务、%6 个事件、%7 个服务请求、%8 个问题、%9 个已知错误、%10 篇知识文章、%11 个关联。</translation>
    </message>
    <message>
        <source>over-used by %1</source>
        <translation>超用 %1</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>已过期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>%n 天后过期</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>The CMDB holds no licences.</source>
        <translation>CMDB 中没有许可证。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>授权数</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>安装数</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s); %1 over-used or expired.</source>
        <translation>
            <numerusform>%n 个许可证；%1 个超用或已过期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No warranty ends within %n day(s).</source>
        <translation>
            <numerusform>%n 天内没有保修到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation>保修到期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>资产标签</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>%1 already exists; give --force to replace it.</source>
        <translation>%1 已存在；使用 --force 可替换它。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n asset(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 项资产写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown asset action &quot;%1&quot;.</source>
        <translation>未知的资产操作“%1”。</translation>
    </message>
    <message>
        <source>--days goes with licences and warranties, not with export.</source>
        <translation>--days 用于 licences 和 warranties，不能用于 export。</translation>
    </message>
    <message>
        <source>--force goes with export.</source>
        <translation>--force 用于 export。</translation>
    </message>
    <message>
        <source>--days expects a whole number from 0 to 36500, not &quot;%1&quot;.</source>
        <translation>--days 须为 0 到 36500 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Assets and licences: licence use against entitlements with expiry within N days (exit 1 if one is over-used or expired), warranties ending within N days (default 90), or the asset register as CSV for finance.</source>
        <translation>资产与许可证：对照授权数检查许可证使用情况及 N 天内的到期情况（若有超用或已过期的许可证，则退出码为 1），列出 N 天内到期的保修（默认 90 天），或导出供财务使用的 CSV 格式资产登记表。</translation>
    </message>
    <message>
        <source>Impact analysis: what a failure of a CI reaches (down: CIs, services, customers, SLAs) or what it needs (up), with the path to each.</source>
        <translation>影响分析：某个配置项发生故障会波及哪些对象（down：配置项、服务、客户、SLA），或它依赖哪些对象（up），并给出到达每个对象的路径。</translation>
    </message>
    <message>
        <source>Take a named, unchangeable baseline of the CMDB (or of one service&apos;s tree), list them, or compare a baseline with another or with now.</source>
        <translation>创建 CMDB（或某个服务树）的命名且不可更改的基线，列出基线，或将某个基线与另一个基线或当前状态进行比较。</translation>
    </message>
    <message>
        <source>Audit the CMDB against a discovered inventory (CSV; the mapping names the columns, see resources/import/cmdb_inventory_example.json), list an audit&apos;s findings, turn a finding into a task, or list the CI types, their attributes and the relationship types.</source>
        <translation>根据发现的清单审计 CMDB（CSV；由映射指定各列，参见 resources/import/cmdb_inventory_example.json），列出某次审计的发现项，将发现项转为任务，或列出配置项类型、其属性及关系类型。</translation>
    </message>
    <message>
        <source>--direction expects down or up, not &quot;%1&quot;.</source>
        <translation>--direction 须为 down 或 up，而不是“%1”。</translation>
    </message>
    <message>
        <source>--depth expects a whole number from 1 to 1000, not &quot;%1&quot;.</source>
        <translation>--depth 须为 1 到 1000 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>What a failure of %1 reaches:</source>
        <translation>%1 发生故障会波及：</translation>
    </message>
    <message>
        <source>What %1 needs:</source>
        <translation>%1 依赖：</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The walk stopped at the depth or size limit; there is more.</source>
        <translation>遍历在深度或数量上限处停止；还有更多内容。</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Service level agreements:</source>
        <translation>服务级别协议：</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Baseline &quot;%1&quot; (%2) taken of %3: %4 CI(s), %5 relationship(s).</source>
        <translation>已为 %3 创建基线“%1”（%2）：%4 个配置项，%5 个关系。</translation>
    </message>
    <message>
        <source>No baselines yet.</source>
        <translation>尚无基线。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>CIs</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Baseline &quot;%1&quot; (%2) compared with baseline &quot;%3&quot; (%4):</source>
        <translation>基线“%1”（%2）与基线“%3”（%4）的比较：</translation>
    </message>
    <message>
        <source>Baseline &quot;%1&quot; (%2) compared with now:</source>
        <translation>基线“%1”（%2）与当前状态的比较：</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <source>CIs added (%1):</source>
        <translation>新增的配置项（%1）：</translation>
    </message>
    <message>
        <source>CIs removed (%1):</source>
        <translation>删除的配置项（%1）：</translation>
    </message>
    <message>
        <source>CIs changed (%1):</source>
        <translation>变更的配置项（%1）：</translation>
    </message>
    <message>
        <source>Relationships added (%1):</source>
        <translation>新增的关系（%1）：</translation>
    </message>
    <message>
        <source>Relationships removed (%1):</source>
        <translation>删除的关系（%1）：</translation>
    </message>
    <message>
        <source>--service and --description are for baseline create.</source>
        <translation>--service 和 --description 用于 baseline create。</translation>
    </message>
    <message>
        <source>Unknown baseline action &quot;%1&quot;.</source>
        <translation>未知的基线操作“%1”。</translation>
    </message>
    <message>
        <source>[followed up by %1]</source>
        <translation>[已由 %1 跟进]</translation>
    </message>
    <message>
        <source>%1 is no CMDB audit.</source>
        <translation>%1 不是配置审计。</translation>
    </message>
    <message>
        <source>A CMDB audit needs --mapping MAPPING.json.</source>
        <translation>配置审计需要 --mapping MAPPING.json。</translation>
    </message>
    <message>
        <source>No findings: the inventory and the CMDB agree.</source>
        <translation>没有发现项：清单与 CMDB 一致。</translation>
    </message>
    <message>
        <source>FINDING_ID is the number a finding is listed with, not &quot;%1&quot;.</source>
        <translation>FINDING_ID 是列出发现项时所用的编号，而不是“%1”。</translation>
    </message>
    <message>
        <source>Finding %1 belongs to another audit.</source>
        <translation>发现项 %1 属于另一次审计。</translation>
    </message>
    <message>
        <source>CI types:</source>
        <translation>配置项类型：</translation>
    </message>
    <message>
        <source>Relationship types:</source>
        <translation>关系类型：</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Unknown cmdb action &quot;%1&quot;.</source>
        <translation>未知的 cmdb 操作“%1”。</translation>
    </message>
    <message>
        <source>--mapping and --service are for cmdb audit.</source>
        <translation>--mapping 和 --service 用于 cmdb audit。</translation>
    </message>
    <message numerus="yes">
        <source>CMDB: %1 configuration items, %2 relationships, %n baseline(s).</source>
        <translation>
            <numerusform>CMDB：%1 个配置项，%2 个关系，%n 个基线。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warranty(ies) end within %1.</source>
        <translation>
            <numerusform>%1内有 %n 项保修到期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CmdbAudit</name>
    <message>
        <source>The mapping&apos;s &quot;%1&quot; must be a text.</source>
        <translation>映射的“%1”必须是文本。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;%1&quot; must be a list of texts.</source>
        <translation>映射的“%1”必须是文本列表。</translation>
    </message>
    <message>
        <source>The mapping is not valid JSON: %1 (at character %2).</source>
        <translation>映射不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>The mapping must be a JSON object; see cmdb_inventory_example.json.</source>
        <translation>映射必须是 JSON 对象；请参见 cmdb_inventory_example.json。</translation>
    </message>
    <message>
        <source>The mapping has an unknown entry &quot;%1&quot;. Its entries are: %2.</source>
        <translation>映射包含未知条目“%1”。可用条目有：%2。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;%1&quot; names the CI type &quot;%2&quot;, which does not exist. The types are: %3.</source>
        <translation>映射的“%1”指定的配置项类型“%2”不存在。类型有：%3。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;separator&quot; must be one character such as &quot;,&quot;, &quot;;&quot; or &quot;\t&quot;, or &quot;tab&quot; or &quot;auto&quot;.</source>
        <translation>映射的“separator”必须是一个字符，例如“,”、“;”或“\t”，或者是“tab”或“auto”。</translation>
    </message>
    <message>
        <source>The mapping&apos;s encoding &quot;%1&quot; is not one Servicebench reads; use one of: %2.</source>
        <translation>映射中的编码“%1”不是 Servicebench 可读取的编码；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>The mapping needs &quot;name&quot;: the column that holds each CI&apos;s name.</source>
        <translation>映射需要“name”：保存各配置项名称的列。</translation>
    </message>
    <message>
        <source>The mapping needs either &quot;type&quot; (one CI type for every row) or &quot;typeColumn&quot; (the column that holds each row&apos;s CI type), not both.</source>
        <translation>映射需要“type”（所有行使用同一配置项类型）或“typeColumn”（保存各行配置项类型的列）之一，不能同时指定两者。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;typeMap&quot; translates the values of &quot;typeColumn&quot;; give that column.</source>
        <translation>映射的“typeMap”用于转换“typeColumn”的值；请指定该列。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;typeMap&quot; must be an object of values and CI types, such as {&quot;VM&quot;: &quot;virtual_server&quot;}.</source>
        <translation>映射的“typeMap”必须是由值和配置项类型组成的对象，例如 {&quot;VM&quot;: &quot;virtual_server&quot;}。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;typeMap&quot; turns &quot;%1&quot; into a CI type: give its code as a text.</source>
        <translation>映射的“typeMap”将“%1”转换为配置项类型：请以文本形式给出其代码。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;types&quot; must include its &quot;type&quot;, &quot;%1&quot;.</source>
        <translation>映射的“types”必须包含其“type”，即“%1”。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;typeMap&quot; names &quot;%1&quot;, which its &quot;types&quot; do not include.</source>
        <translation>映射的“typeMap”指定了“%1”，但其“types”中不包含它。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;compare&quot; must be an object of columns and what they compare with, such as {&quot;OS&quot;: &quot;attributes.operating_system&quot;}.</source>
        <translation>映射的“compare”必须是由列及其比较对象组成的对象，例如 {&quot;OS&quot;: &quot;attributes.operating_system&quot;}。</translation>
    </message>
    <message>
        <source>The mapping compares the column &quot;%1&quot; with a field or &quot;attributes.NAME&quot;: give it as a text.</source>
        <translation>映射将列“%1”与字段或“attributes.NAME”进行比较：请以文本形式给出。</translation>
    </message>
    <message>
        <source>The mapping compares the column &quot;%1&quot; with the attribute &quot;%2&quot;, which none of the CI types it covers (%3) has.</source>
        <translation>映射将列“%1”与属性“%2”进行比较，但其涵盖的配置项类型（%3）都没有该属性。</translation>
    </message>
    <message>
        <source>The mapping compares the column &quot;%1&quot; with &quot;%2&quot;, which is no field a CI is compared by. Use one of: %3, or &quot;attributes.NAME&quot;.</source>
        <translation>映射将列“%1”与“%2”进行比较，但这不是用于比较配置项的字段。请使用以下之一：%3，或“attributes.NAME”。</translation>
    </message>
    <message>
        <source>The mapping compares two columns with &quot;%1&quot;; keep one.</source>
        <translation>映射将两列都与“%1”进行比较；请只保留一列。</translation>
    </message>
    <message>
        <source>The mapping %1 cannot be read.</source>
        <translation>无法读取映射 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>%1 (%2) is in the CMDB but was not found in the inventory.</source>
        <translation>%1（%2）在 CMDB 中，但在清单中未找到。</translation>
    </message>
    <message>
        <source>%1 (%2) was found on line %3 of the inventory but is not in the CMDB.</source>
        <translation>%1（%2）在清单第 %3 行中找到，但不在 CMDB 中。</translation>
    </message>
    <message>
        <source>%1 (%2) is %3 in the CMDB but was found on line %4 of the inventory.</source>
        <translation>%1（%2）在 CMDB 中为 %3，但在清单第 %4 行中找到。</translation>
    </message>
    <message>
        <source>%1 (%2): the CMDB holds no %3; the inventory says &quot;%4&quot; (line %5).</source>
        <translation>%1（%2）：CMDB 中没有%3；清单中为“%4”（第 %5 行）。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 is &quot;%4&quot; in the CMDB but &quot;%5&quot; in the inventory (line %6).</source>
        <translation>%1（%2）：%3在 CMDB 中为“%4”，在清单中为“%5”（第 %6 行）。</translation>
    </message>
    <message>
        <source>The inventory %1 cannot be read.</source>
        <translation>无法读取清单 %1。</translation>
    </message>
    <message>
        <source>The inventory is empty: it needs a header line naming its columns.</source>
        <translation>清单为空：需要一个列出各列名称的标题行。</translation>
    </message>
    <message>
        <source>The inventory has no column &quot;%1&quot; (header on line %2). Its columns are: %3.</source>
        <translation>清单中没有列“%1”（标题位于第 %2 行）。其列有：%3。</translation>
    </message>
    <message>
        <source>The inventory has two columns named &quot;%1&quot; (header on line %2).</source>
        <translation>清单中有两列名为“%1”（标题位于第 %2 行）。</translation>
    </message>
    <message>
        <source>Line %1 of the inventory names no CI type in &quot;%2&quot;.</source>
        <translation>清单第 %1 行的“%2”中未指定配置项类型。</translation>
    </message>
    <message>
        <source>Line %1 of the inventory names the CI type &quot;%2&quot;, which does not exist. Add it to the mapping&apos;s &quot;typeMap&quot;, or use one of: %3.</source>
        <translation>清单第 %1 行指定的配置项类型“%2”不存在。请将其添加到映射的“typeMap”中，或使用以下之一：%3。</translation>
    </message>
    <message>
        <source>Line %1 of the inventory holds bytes that are not %2 text; give the file&apos;s encoding in the mapping, for example &quot;encoding&quot;: &quot;Windows-1252&quot;.</source>
        <translation>清单第 %1 行包含不是 %2 文本的字节；请在映射中指定文件的编码，例如 &quot;encoding&quot;: &quot;Windows-1252&quot;。</translation>
    </message>
    <message>
        <source>Line %1 of the inventory has %2 fields, the header %3.</source>
        <translation>清单第 %1 行有 %2 个字段，而标题行有 %3 个。</translation>
    </message>
    <message>
        <source>Line %1 of the inventory has no name in &quot;%2&quot;.</source>
        <translation>清单第 %1 行的“%2”中没有名称。</translation>
    </message>
    <message>
        <source>Line %1 of the inventory is a %2, a CI type the mapping&apos;s &quot;types&quot; do not cover.</source>
        <translation>清单第 %1 行是 %2，映射的“types”未涵盖该配置项类型。</translation>
    </message>
    <message>
        <source>Line %1 of the inventory repeats %2 &quot;%3&quot; of line %4.</source>
        <translation>清单第 %1 行重复了第 %4 行的 %2“%3”。</translation>
    </message>
    <message>
        <source>A CMDB audit covers everything or one service&apos;s tree; %1 is neither a service nor a business service CI.</source>
        <translation>配置审计涵盖全部内容或某个服务的树；%1 既不是服务，也不是业务服务配置项。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 rows read: %2 matched, %3 missing, %4 not registered, %5 with differing values.</source>
        <translation>已读取 %1 行：%2 行匹配，%3 行缺失，%4 行未登记，%5 行值不一致。</translation>
    </message>
    <message>
        <source>CMDB audit of %1</source>
        <translation>%1 的配置审计</translation>
    </message>
    <message>
        <source>There is no CMDB audit %1.</source>
        <translation>不存在配置审计 %1。</translation>
    </message>
    <message>
        <source>There is no audit finding %1.</source>
        <translation>不存在审计发现项 %1。</translation>
    </message>
    <message>
        <source>Finding %1 was already followed up by %2.</source>
        <translation>发现项 %1 已由 %2 跟进。</translation>
    </message>
    <message>
        <source>Find %1 or record it as gone (not found by %2)</source>
        <translation>查找 %1，或将其记录为已不存在（%2 未发现）</translation>
    </message>
    <message>
        <source>Register %1 (%2) in the CMDB (found by %3)</source>
        <translation>在 CMDB 中登记 %1（%2）（由 %3 发现）</translation>
    </message>
    <message>
        <source>Check the state of %1: found by %2 although %3</source>
        <translation>检查 %1 的状态：已被 %2 发现，但状态为“%3”</translation>
    </message>
    <message>
        <source>Correct %1 of %2 (found by %3)</source>
        <translation>更正 %2 的 %1（由 %3 发现）</translation>
    </message>
    <message>
        <source>CMDB audit %1 of %2, finding %3.</source>
        <translation>配置审计 %1（清单文件 %2），发现项 %3。</translation>
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
    <message>
        <source>No known error was recorded for the demo&apos;s problem.</source>
        <translation>未为演示问题记录已知错误。</translation>
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
    <message>
        <source>Bring a panel to the front once the workbook is open: incidents, requests, problems, knowledge, trends, cmdb, cmdb-graph, tasks, master-data or search.</source>
        <translation>工作簿打开后将某个面板置于前台：incidents、requests、problems、knowledge、trends、cmdb、cmdb-graph、tasks、master-data 或 search。</translation>
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
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Pending reason</source>
        <translation>挂起原因</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>子类别</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急度</translation>
    </message>
    <message>
        <source>Priority override reason</source>
        <translation>优先级覆盖原因</translation>
    </message>
    <message>
        <source>Assignment group</source>
        <translation>处理组</translation>
    </message>
    <message>
        <source>Resolution code</source>
        <translation>解决代码</translation>
    </message>
    <message>
        <source>Resolution notes</source>
        <translation>解决说明</translation>
    </message>
    <message>
        <source>Times reopened</source>
        <translation>重开次数</translation>
    </message>
    <message>
        <source>Times reassigned</source>
        <translation>转派次数</translation>
    </message>
    <message>
        <source>Major incident</source>
        <translation>重大事件</translation>
    </message>
    <message>
        <source>Major incident manager</source>
        <translation>重大事件经理</translation>
    </message>
    <message>
        <source>Management informed by</source>
        <translation>管理层通知人</translation>
    </message>
    <message>
        <source>Management informed at</source>
        <translation>管理层通知时间</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>开启时间</translation>
    </message>
    <message>
        <source>Reopened at</source>
        <translation>重开时间</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Affected CI</source>
        <translation>受影响的配置项</translation>
    </message>
    <message>
        <source>Caused by CI</source>
        <translation>引起问题的配置项</translation>
    </message>
    <message>
        <source>Knowledge article</source>
        <translation>知识文章</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>处理工时</translation>
    </message>
    <message>
        <source>Related interactions</source>
        <translation>相关交互</translation>
    </message>
    <message>
        <source>Related changes</source>
        <translation>相关变更</translation>
    </message>
    <message>
        <source>Customer last updated at</source>
        <translation>最近告知客户时间</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>请求类型</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>审批时间</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>Fulfilment notes</source>
        <translation>履行说明</translation>
    </message>
    <message>
        <source>Fulfilled at</source>
        <translation>履行时间</translation>
    </message>
    <message>
        <source>Times escalated to a group</source>
        <translation>升级到其他组的次数</translation>
    </message>
    <message>
        <source>Post-incident review</source>
        <translation>事后回顾</translation>
    </message>
    <message>
        <source>Review completed at</source>
        <translation>回顾完成时间</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>回顾人</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>关闭方式</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>发现来源</translation>
    </message>
    <message>
        <source>Analysis method</source>
        <translation>分析方法</translation>
    </message>
    <message>
        <source>Problem manager</source>
        <translation>问题经理</translation>
    </message>
    <message>
        <source>Chain of causes</source>
        <translation>原因链</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>促成因素</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>临时解决方法</translation>
    </message>
    <message>
        <source>Fix changes CIs (needs an RFC)</source>
        <translation>修复会更改配置项（需要 RFC）</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Logged at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Root cause found at</source>
        <translation>找到根本原因时间</translation>
    </message>
    <message>
        <source>Recurred after the fix</source>
        <translation>修复后复发</translation>
    </message>
    <message>
        <source>Recurrences</source>
        <translation>复发次数</translation>
    </message>
    <message>
        <source>First recurred at</source>
        <translation>首次复发时间</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Identified at</source>
        <translation>识别时间</translation>
    </message>
    <message>
        <source>Retired at</source>
        <translation>停用时间</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键字</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>CI type</source>
        <translation>配置项类型</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Licence entitlements</source>
        <translation>许可证授权数</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>子类型</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>资产标签</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>成本中心</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation>保修到期</translation>
    </message>
    <message>
        <source>Licence expires</source>
        <translation>许可证到期</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Inventory file</source>
        <translation>清单文件</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Audited at</source>
        <translation>审计时间</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Mismatched</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <source>The graph has %1 nodes; at most %2 can be laid out at once.</source>
        <translation>关系图有 %1 个节点；一次最多只能布局 %2 个。</translation>
    </message>
    <message>
        <source>The graph has %1 relationships; at most %2 can be laid out at once.</source>
        <translation>关系图有 %1 个关系；一次最多只能布局 %2 个。</translation>
    </message>
    <message>
        <source>The node %1 is in the graph twice.</source>
        <translation>节点 %1 在关系图中出现了两次。</translation>
    </message>
    <message>
        <source>The node %1 has no size to lay out.</source>
        <translation>节点 %1 没有可供布局的尺寸。</translation>
    </message>
    <message>
        <source>A relationship from %1 to %2 names a node not in the graph.</source>
        <translation>从 %1 到 %2 的某个关系指向了不在关系图中的节点。</translation>
    </message>
    <message>
        <source>The graph layout library could not start.</source>
        <translation>无法启动关系图布局库。</translation>
    </message>
    <message>
        <source>The graph could not be laid out with %1.</source>
        <translation>无法使用 %1 对关系图进行布局。</translation>
    </message>
</context>
<context>
    <name>Impact</name>
    <message>
        <source>There is no record %1.</source>
        <translation>不存在记录 %1。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1 records have no index on &quot;%2&quot;, so an import cannot find them by it. The workbook may need a check.</source>
        <translation>%1 记录没有“%2”上的索引，导入无法据此查找记录。工作簿可能需要检查。</translation>
    </message>
    <message>
        <source>The mapping&apos;s default state &quot;%1&quot; is not a state of %2 records. Their states are: %3.</source>
        <translation>映射的默认状态“%1”不是 %2 记录的状态。可用状态：%3。</translation>
    </message>
    <message>
        <source>The mapping&apos;s state map turns &quot;%1&quot; into &quot;%2&quot;, which is not a state of %3 records. Their states are: %4.</source>
        <translation>映射的状态对照把“%1”变为“%2”，这不是 %3 记录的状态。可用状态：%4。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line naming its columns.</source>
        <translation>文件是空的：没有给出列名的表头行。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>Line %1 holds bytes that are not %2 text; give the file&apos;s encoding in the mapping, for example &quot;encoding&quot;: &quot;Windows-1252&quot;.</source>
        <translation>第 %1 行含有不是 %2 文本的字节；请在映射中给出文件编码，例如 &quot;encoding&quot;: &quot;Windows-1252&quot;。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing was saved: of %n row(s), %1 would be created, %2 updated and %3 unchanged; %4 would be skipped.</source>
        <translation>
            <numerusform>试运行，未保存任何内容：%n 行中，将新建 %1 条、更新 %2 条、不变 %3 条；将跳过 %4 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %n row(s), %1 created, %2 updated, %3 unchanged and %4 skipped.</source>
        <translation>
            <numerusform>%n 行中，新建 %1 条、更新 %2 条、不变 %3 条、跳过 %4 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything up to row %1 (line %2) is saved, in %n batch(es); nothing after it was imported.</source>
        <translation>
            <numerusform>第 %1 行（文件第 %2 行）之前的全部内容已分 %n 批保存；其后的内容未导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>The %n row(s) of the batch under way were rolled back.</source>
        <translation>
            <numerusform>正在进行的这一批的 %n 行已回滚。</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file is not open for reading.</source>
        <translation>CSV 文件未打开，无法读取。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encoding Servicebench reads; use one of: %2.</source>
        <translation>Servicebench 不支持编码“%1”；请使用：%2。</translation>
    </message>
    <message>
        <source>The CSV file could not be read to its end.</source>
        <translation>无法读完 CSV 文件。</translation>
    </message>
    <message>
        <source>Line %1: the row that starts here runs on for more than %2 million characters; a quoted field in it is probably never closed.</source>
        <translation>第 %1 行：从这里开始的一行超过 %2 百万个字符；其中某个带引号的字段可能没有结束。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field starts here and is never closed; the file ends inside it.</source>
        <translation>第 %1 行：这里开始的带引号字段没有结束，文件在其中结束。</translation>
    </message>
    <message>
        <source>ISO 8601</source>
        <translation>ISO 8601</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>The file has no header line, so its columns are named by number, &quot;1&quot; for the first; the mapping names &quot;%1&quot;.</source>
        <translation>文件没有表头行，因此按序号称呼各列（第一列为“1”）；映射中用的是“%1”。</translation>
    </message>
    <message>
        <source>The file has more than one column named &quot;%1&quot;; the mapping cannot tell which to read.</source>
        <translation>文件中有不止一列名为“%1”，映射无法确定读取哪一列。</translation>
    </message>
    <message>
        <source>The mapping reads the column &quot;%1&quot;, which the file does not have. Its columns are: %2.</source>
        <translation>映射读取列“%1”，但文件中没有这一列。文件的列：%2。</translation>
    </message>
    <message>
        <source>%1 expects a number with a decimal comma, such as 3,25, not &quot;%2&quot;.</source>
        <translation>%1 需要使用小数逗号的数字，如 3,25，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 expects a number such as 3.25, not &quot;%2&quot;.</source>
        <translation>%1 需要数字，如 3.25，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 expects a date written as %2, not &quot;%3&quot;.</source>
        <translation>%1 需要按 %2 书写的日期，而不是“%3”。</translation>
    </message>
    <message>
        <source>Line %1, column &quot;%2&quot;: %3</source>
        <translation>第 %1 行，列“%2”：%3</translation>
    </message>
    <message>
        <source>Line %1, column &quot;%2&quot;: the row has no value for the key, so it cannot be matched to a record.</source>
        <translation>第 %1 行，列“%2”：该行没有键值，无法对应到记录。</translation>
    </message>
    <message>
        <source>The mapping has an unknown entry &quot;%1&quot; in %2. The entries there are: %3.</source>
        <translation>映射的 %2 中有未知条目“%1”。可用条目：%3。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;%1&quot; must be a list of texts.</source>
        <translation>映射的“%1”必须是文本列表。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;%1&quot; must be true or false.</source>
        <translation>映射的“%1”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a text.</source>
        <translation>%2 中的“%1”必须是文本。</translation>
    </message>
    <message>
        <source>The &quot;map&quot; of %1 must be an object of file values and the values to store for them.</source>
        <translation>%1 的 &quot;map&quot; 必须是一个对象：文件中的值及其对应要保存的值。</translation>
    </message>
    <message>
        <source>In the &quot;map&quot; of %1, &quot;%2&quot; must map to a text, a number or null.</source>
        <translation>在 %1 的 &quot;map&quot; 中，“%2”必须对应文本、数字或 null。</translation>
    </message>
    <message>
        <source>The import mapping %1 cannot be read.</source>
        <translation>无法读取导入映射 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The mapping is not valid JSON: %1 (at character %2).</source>
        <translation>映射不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>The mapping must be a JSON object.</source>
        <translation>映射必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>the mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>The mapping must name the record type it imports, as &quot;type&quot;: one of %1.</source>
        <translation>映射必须以 &quot;type&quot; 指明所导入的记录类型，可用：%1。</translation>
    </message>
    <message>
        <source>The mapping names the record type &quot;%1&quot;, which does not exist. The types are: %2.</source>
        <translation>映射指定的记录类型“%1”不存在。可用类型：%2。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;separator&quot; must be one character such as &quot;,&quot;, &quot;;&quot; or &quot;\t&quot;, or &quot;auto&quot;.</source>
        <translation>映射的 &quot;separator&quot; 必须是一个字符，如 &quot;,&quot;、&quot;;&quot; 或 &quot;\t&quot;，或者 &quot;auto&quot;。</translation>
    </message>
    <message>
        <source>The mapping&apos;s encoding &quot;%1&quot; is not one Servicebench reads; use one of: %2.</source>
        <translation>Servicebench 不支持映射中的编码“%1”；请使用：%2。</translation>
    </message>
    <message>
        <source>The mapping&apos;s time zone &quot;%1&quot; is unknown; use a name such as &quot;Europe/Amsterdam&quot;, &quot;Asia/Shanghai&quot; or &quot;UTC&quot;.</source>
        <translation>映射中的时区“%1”未知；请使用如 &quot;Europe/Amsterdam&quot;、&quot;Asia/Shanghai&quot; 或 &quot;UTC&quot; 的名称。</translation>
    </message>
    <message>
        <source>The mapping needs &quot;columns&quot;: an object that maps column names to fields of %1 records (%2).</source>
        <translation>映射需要 &quot;columns&quot;：一个把列名对应到 %1 记录字段（%2）的对象。</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot;</source>
        <translation>列“%1”</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; must map to a field name or to an object with &quot;field&quot;.</source>
        <translation>列“%1”必须对应一个字段名，或一个带 &quot;field&quot; 的对象。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; names no field.</source>
        <translation>列“%1”没有指明字段。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is mapped to &quot;%2&quot;, but %3 records have no such field. Their fields are: %4.</source>
        <translation>列“%1”对应到“%2”，但 %3 记录没有这个字段。可用字段：%4。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is mapped to &quot;%2&quot;: give the state with the mapping&apos;s &quot;state&quot; entry instead.</source>
        <translation>列“%1”对应到“%2”：请改用映射的 &quot;state&quot; 条目给出状态。</translation>
    </message>
    <message>
        <source>Both the columns &quot;%1&quot; and &quot;%2&quot; are mapped to &quot;%3&quot;; a field takes one column.</source>
        <translation>列“%1”和“%2”都对应到“%3”；一个字段只能取一列。</translation>
    </message>
    <message>
        <source>the &quot;state&quot; entry</source>
        <translation>&quot;state&quot; 条目</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;state&quot; must be a column name or an object with &quot;column&quot;, &quot;map&quot; and &quot;default&quot;.</source>
        <translation>映射的 &quot;state&quot; 必须是列名，或带 &quot;column&quot;、&quot;map&quot; 和 &quot;default&quot; 的对象。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;state&quot; names neither a column nor a default.</source>
        <translation>映射的 &quot;state&quot; 既没有指明列，也没有默认值。</translation>
    </message>
    <message>
        <source>the &quot;title&quot; entry</source>
        <translation>&quot;title&quot; 条目</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;title&quot; must be a column name or an object with &quot;column&quot; and &quot;template&quot;.</source>
        <translation>映射的 &quot;title&quot; 必须是列名，或带 &quot;column&quot; 和 &quot;template&quot; 的对象。</translation>
    </message>
    <message>
        <source>The title template &quot;%1&quot; opens a &apos;{&apos; that it never closes.</source>
        <translation>标题模板“%1”中有未闭合的“{”。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;title&quot; names neither a column nor a template.</source>
        <translation>映射的 &quot;title&quot; 既没有指明列，也没有模板。</translation>
    </message>
    <message>
        <source>The title comes from the column &quot;%1&quot; and from the &quot;title&quot; entry; give it once.</source>
        <translation>标题同时来自列“%1”和 &quot;title&quot; 条目；只能给一次。</translation>
    </message>
    <message>
        <source>The mapping gives no title, which every %1 record needs: add &quot;title&quot;: {&quot;column&quot;: …} or {&quot;template&quot;: &quot;{Column} …&quot;}.</source>
        <translation>映射没有给出标题，而每条 %1 记录都需要标题：请添加 &quot;title&quot;: {&quot;column&quot;: …} 或 {&quot;template&quot;: &quot;{列名} …&quot;}。</translation>
    </message>
    <message>
        <source>The mapping gives no %1, which every %2 record needs: map a column to &quot;%3&quot;.</source>
        <translation>映射没有给出 %1，而每条 %2 记录都需要它：请把某列对应到“%3”。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; feeds the priority of %2 records, which otherwise follows from their impact and urgency: set &quot;keepPriority&quot;: true to store the file&apos;s priority as it is.</source>
        <translation>列“%1”提供 %2 记录的优先级，而优先级本应由影响和紧急度决定：请设置 &quot;keepPriority&quot;: true，按文件原样保存优先级。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is not a field of %2 records. Their fields are: %3.</source>
        <translation>键“%1”不是 %2 记录的字段。可用字段：%3。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is refused: it is not unique among %2 records, so a row could match several, and %2 records have no unique field to use instead. Leave &quot;key&quot; out to create a record for every row.</source>
        <translation>键“%1”被拒绝：它在 %2 记录中不唯一，一行可能对应多条记录，而 %2 记录也没有可替代的唯一字段。去掉 &quot;key&quot; 则每行新建一条记录。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is refused: it is not unique among %2 records, so a row could match several. Use a unique field: %3.</source>
        <translation>键“%1”被拒绝：它在 %2 记录中不唯一，一行可能对应多条记录。请使用唯一字段：%3。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is not fed by any column of the mapping.</source>
        <translation>映射中没有任何列提供键“%1”。</translation>
    </message>
    <message>
        <source>More than one record is titled &quot;%1&quot;, so the row cannot be matched to one.</source>
        <translation>有不止一条记录的标题为“%1”，因此无法将该行对应到某一条记录。</translation>
    </message>
    <message>
        <source>The mapping links with &quot;%1&quot;, which is no link kind of the workbook.</source>
        <translation>映射使用“%1”进行关联，但这不是工作簿中的关联类型。</translation>
    </message>
    <message>
        <source>The mapping links %1 records to %2 records with &quot;%3&quot;, which does not join those types.</source>
        <translation>映射使用“%3”将 %1 记录关联到 %2 记录，但该关联类型不能连接这两种类型。</translation>
    </message>
    <message>
        <source>The mapping&apos;s CI type &quot;%1&quot; cannot be added: %2</source>
        <translation>无法添加映射中的配置项类型“%1”：%2</translation>
    </message>
    <message>
        <source>In group %1 of the mapping: %2</source>
        <translation>在映射的第 %1 组中：%2</translation>
    </message>
    <message>
        <source>Line %1: more than one %2 is titled &quot;%3&quot;; no &quot;%4&quot; link was made.</source>
        <translation>第 %1 行：有不止一个 %2 的标题为“%3”；未建立“%4”关联。</translation>
    </message>
    <message numerus="yes">
        <source>The rows named %n record(s).</source>
        <translation>
            <numerusform>这些行共涉及 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Links: %1 made and %2 already there; %3 record(s) created to link to; %4 link(s) named no record and %5 were refused.</source>
        <translation>关联：新建 %1 个，已存在 %2 个；为关联而新建了 %3 条记录；%4 个关联未指向任何记录，%5 个被拒绝。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;existing&quot; is &quot;update&quot; or &quot;keep&quot;, not &quot;%1&quot;.</source>
        <translation>映射的 &quot;existing&quot; 应为 &quot;update&quot; 或 &quot;keep&quot;，而不是“%1”。</translation>
    </message>
    <message>
        <source>The mapping keeps existing records, but has no &quot;key&quot; to find them by.</source>
        <translation>映射保留现有记录，但没有用于查找它们的 &quot;key&quot;。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;groups&quot; must be a list of objects, each naming the file&apos;s column for each name the mapping reads.</source>
        <translation>映射的 &quot;groups&quot; 必须是对象列表，每个对象为映射读取的每个名称指明文件中的列。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;links&quot; must be a list of objects with &quot;column&quot;, &quot;kind&quot; and &quot;to&quot;.</source>
        <translation>映射的 &quot;links&quot; 必须是带 &quot;column&quot;、&quot;kind&quot; 和 &quot;to&quot; 的对象列表。</translation>
    </message>
    <message>
        <source>a link of the mapping</source>
        <translation>映射中的某个关联</translation>
    </message>
    <message>
        <source>A link of the mapping needs &quot;%1&quot;.</source>
        <translation>映射中的关联需要“%1”。</translation>
    </message>
    <message>
        <source>A link of the mapping goes to &quot;%1&quot; records, a type that does not exist.</source>
        <translation>映射中的某个关联指向“%1”记录，但该类型不存在。</translation>
    </message>
    <message>
        <source>the &quot;create&quot; of the link from &quot;%1&quot;</source>
        <translation>来自“%1”的关联的 &quot;create&quot;</translation>
    </message>
    <message>
        <source>%1 must be an object with &quot;state&quot; and &quot;values&quot;.</source>
        <translation>%1 必须是带 &quot;state&quot; 和 &quot;values&quot; 的对象。</translation>
    </message>
    <message>
        <source>%1 sets &quot;%2&quot;, which is not a field it can set of %3 records. Their fields are: %4.</source>
        <translation>%1 设置了“%2”，但这不是它可以设置的 %3 记录字段。可用字段：%4。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;ciTypes&quot; must be a list of objects with &quot;code&quot;, &quot;label&quot;, &quot;icon&quot; and &quot;subtypes&quot;.</source>
        <translation>映射的 &quot;ciTypes&quot; 必须是带 &quot;code&quot;、&quot;label&quot;、&quot;icon&quot; 和 &quot;subtypes&quot; 的对象列表。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;ciTypes&quot; only go with configuration items.</source>
        <translation>映射的 &quot;ciTypes&quot; 只适用于配置项。</translation>
    </message>
    <message>
        <source>a CI type of the mapping</source>
        <translation>映射中的某个配置项类型</translation>
    </message>
    <message>
        <source>The column template &quot;%1&quot; must name at least one column in braces and close every &apos;{&apos; it opens.</source>
        <translation>列模板“%1”必须用花括号至少指明一列，并闭合它打开的每个“{”。</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>The priority matrix has no priority for impact %1 and urgency %2. Set the priority by hand, or complete the matrix.</source>
        <translation>优先级矩阵中没有影响 %1、紧急度 %2 对应的优先级。请手动设置优先级，或补全矩阵。</translation>
    </message>
    <message>
        <source>The priority matrix needs at least one impact and one urgency.</source>
        <translation>优先级矩阵至少需要一个影响级别和一个紧急度级别。</translation>
    </message>
    <message>
        <source>The priority matrix has impact %1 and urgency %2; both run from 1 to %3.</source>
        <translation>优先级矩阵中出现影响 %1、紧急度 %2；两者都应在 1 到 %3 之间。</translation>
    </message>
    <message>
        <source>The priority for impact %1 and urgency %2 cannot be %3; priorities run from 1 to %4.</source>
        <translation>影响 %1、紧急度 %2 对应的优先级不能是 %3；优先级在 1 到 %4 之间。</translation>
    </message>
    <message>
        <source>impact %1 and urgency %2</source>
        <translation>影响 %1、紧急度 %2</translation>
    </message>
    <message>
        <source>The priority matrix of impact 1 to %1 by urgency 1 to %2 has no priority for %3.</source>
        <translation>影响 1 到 %1、紧急度 1 到 %2 的优先级矩阵中没有 %3 的优先级。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Priority %1 differs from priority %2, which the priority matrix gives for impact %3 and urgency %4. To override the matrix, give the reason in &quot;%5&quot;.</source>
        <translation>优先级 %1 与优先级矩阵按影响 %3、紧急度 %4 给出的优先级 %2 不同。要覆盖矩阵，请在“%5”中说明原因。</translation>
    </message>
    <message>
        <source>Under this workbook&apos;s rule every incident of priority %1 or higher is a major incident; lower its priority first.</source>
        <translation>按照本工作簿的规则，优先级为 %1 或更高的事件均为重大事件；请先降低其优先级。</translation>
    </message>
    <message>
        <source>%1 is a request for &quot;%2&quot;, which needs approval: ask for approval first.</source>
        <translation>%1 是针对“%2”的请求，需要审批：请先提交审批。</translation>
    </message>
    <message>
        <source>the response target was missed</source>
        <translation>未达到响应目标</translation>
    </message>
    <message>
        <source>the resolution clock passed its warning threshold</source>
        <translation>解决计时已超过预警阈值</translation>
    </message>
    <message>
        <source>the resolution target was missed</source>
        <translation>未达到解决目标</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>未指定任何人</translation>
    </message>
    <message>
        <source>Escalated to the group %1</source>
        <translation>已升级到组 %1</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>已升级给 %1</translation>
    </message>
    <message>
        <source> automatically: %1</source>
        <translation>（自动）：%1</translation>
    </message>
    <message>
        <source>%1 is %2: there is nothing left to escalate.</source>
        <translation>%1 的状态为%2：已无可升级的内容。</translation>
    </message>
    <message>
        <source>Say why %1 is escalated.</source>
        <translation>请说明升级 %1 的原因。</translation>
    </message>
    <message>
        <source>Name the group that takes %1 over.</source>
        <translation>请指定接手 %1 的组。</translation>
    </message>
    <message>
        <source>%1 is already with the group %2.</source>
        <translation>%1 已由组 %2 处理。</translation>
    </message>
    <message>
        <source>Nobody is named major incident manager, for %1 or for the workbook: name who to escalate to.</source>
        <translation>%1 和工作簿均未指定重大事件经理：请指定升级对象。</translation>
    </message>
    <message>
        <source>%1 has no assignment group, so it has no group manager to escalate to: name who to escalate to.</source>
        <translation>%1 没有处理组，因此没有可升级的组经理：请指定升级对象。</translation>
    </message>
    <message>
        <source>The group %1 has no manager recorded: name who to escalate to, or record the group&apos;s manager.</source>
        <translation>组 %1 未记录经理：请指定升级对象，或记录该组的经理。</translation>
    </message>
    <message>
        <source>There is no escalation %1.</source>
        <translation>不存在升级 %1。</translation>
    </message>
    <message>
        <source>%1 took this escalation up at %2 already.</source>
        <translation>%1 已于 %2 接手此升级。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Opened (imported on %1)</source>
        <translation>已创建（于 %1 导入）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Priority P%1</source>
        <translation>优先级 P%1</translation>
    </message>
    <message>
        <source>Priority P%1 → P%2</source>
        <translation>优先级 P%1 → P%2</translation>
    </message>
    <message>
        <source>Declared a major incident</source>
        <translation>宣布为重大事件</translation>
    </message>
    <message>
        <source>No longer a major incident</source>
        <translation>不再是重大事件</translation>
    </message>
    <message>
        <source>Top management informed by %1</source>
        <translation>已由 %1 告知最高管理层</translation>
    </message>
    <message>
        <source>Update to the customer</source>
        <translation>客户通报</translation>
    </message>
    <message>
        <source>Work note</source>
        <translation>工作备注</translation>
    </message>
    <message>
        <source>Linked with %1</source>
        <translation>已与 %1 关联</translation>
    </message>
    <message>
        <source>Unlinked from %1</source>
        <translation>已取消与 %1 的关联</translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation>已添加附件 %1</translation>
    </message>
    <message>
        <source>Removed the attachment %1</source>
        <translation>已删除附件 %1</translation>
    </message>
    <message>
        <source>Taken up by %1 at %2.</source>
        <translation>已由 %1 于 %2 接手。</translation>
    </message>
    <message>
        <source>%1, not taken up yet.</source>
        <translation>%1，尚未接手。</translation>
    </message>
    <message numerus="yes">
        <source>P%1 without an update to the customer for %2 h %3 min (due every %n minute(s)).</source>
        <translation>
            <numerusform>P%1 已有 %2 小时 %3 分钟未告知客户（应每 %n 分钟通报一次）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Major incident without a major incident manager.</source>
        <translation>重大事件未指定重大事件经理。</translation>
    </message>
    <message>
        <source>Major incident: top management has not been told.</source>
        <translation>重大事件：尚未告知最高管理层。</translation>
    </message>
    <message>
        <source>The ticket has no assignment group, so nobody was named.</source>
        <translation>该工单没有处理组，因此未指定任何人。</translation>
    </message>
    <message>
        <source>The group %1 has no manager recorded, so nobody was named.</source>
        <translation>组 %1 未记录经理，因此未指定任何人。</translation>
    </message>
    <message>
        <source>%1: a major incident closes after its post-incident review.</source>
        <translation>%1：重大事件须在完成事后回顾后才能关闭。</translation>
    </message>
    <message>
        <source>%1 is a major incident: fill in &quot;%2&quot; before it moves on.</source>
        <translation>%1 是重大事件：须先填写“%2”才能继续。</translation>
    </message>
    <message>
        <source>%1 is a major incident: before it is resolved, fill in &quot;%2&quot; - who told top management.</source>
        <translation>%1 是重大事件：解决前须填写“%2”，即由谁告知了最高管理层。</translation>
    </message>
    <message>
        <source>%1 is a major incident: before it is closed, write its &quot;%2&quot;.</source>
        <translation>%1 是重大事件：关闭前须填写其“%2”。</translation>
    </message>
    <message>
        <source>%1 is no incident, service request or problem: only those escalate.</source>
        <translation>%1 不是事件、服务请求或问题：只有这些记录可以升级。</translation>
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
    <message>
        <source>caused by</source>
        <translation>起因于</translation>
    </message>
    <message>
        <source>caused</source>
        <translation>引起了</translation>
    </message>
    <message>
        <source>related to problem</source>
        <translation>关联问题</translation>
    </message>
    <message>
        <source>has incident</source>
        <translation>有事件</translation>
    </message>
    <message>
        <source>affects</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>affected by</source>
        <translation>受影响于</translation>
    </message>
    <message>
        <source>known error of</source>
        <translation>为其已知错误</translation>
    </message>
    <message>
        <source>has known error</source>
        <translation>有已知错误</translation>
    </message>
    <message>
        <source>worked around with</source>
        <translation>临时解决方法来自</translation>
    </message>
    <message>
        <source>worked around</source>
        <translation>临时解决了</translation>
    </message>
    <message>
        <source>used article</source>
        <translation>使用了文章</translation>
    </message>
    <message>
        <source>used for</source>
        <translation>被用于</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>documented by</source>
        <translation>由其说明</translation>
    </message>
    <message>
        <source>recurrence of</source>
        <translation>复发自</translation>
    </message>
    <message>
        <source>recurred as</source>
        <translation>复发为</translation>
    </message>
    <message>
        <source>resolved by change</source>
        <translation>由变更解决</translation>
    </message>
    <message>
        <source>resolves problem</source>
        <translation>解决问题</translation>
    </message>
    <message>
        <source>runs on</source>
        <translation>运行于</translation>
    </message>
    <message>
        <source>hosts</source>
        <translation>承载</translation>
    </message>
    <message>
        <source>connected to</source>
        <translation>连接到</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>属于</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>installed on</source>
        <translation>安装于</translation>
    </message>
    <message>
        <source>has installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>licensed by</source>
        <translation>授权自</translation>
    </message>
    <message>
        <source>licenses</source>
        <translation>授权给</translation>
    </message>
    <message>
        <source>located in</source>
        <translation>位于</translation>
    </message>
    <message>
        <source>location of</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>caused by CI</source>
        <translation>起因于配置项</translation>
    </message>
    <message>
        <source>audit of</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>audited by</source>
        <translation>被审计于</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The review of problem resolutions was cancelled.</source>
        <translation>问题解决方案的复审已取消。</translation>
    </message>
    <message>
        <source>There is no problem with the id %1.</source>
        <translation>不存在 ID 为 %1 的问题。</translation>
    </message>
    <message>
        <source>%1 is no known error: only a known error has a workaround to apply.</source>
        <translation>%1 不是已知错误：只有已知错误才有可应用的临时解决方法。</translation>
    </message>
    <message>
        <source>%1 is retired: its workaround is no longer offered.</source>
        <translation>%1 已停用：不再提供其临时解决方法。</translation>
    </message>
    <message>
        <source>%1 has no workaround written yet.</source>
        <translation>%1 尚未编写临时解决方法。</translation>
    </message>
    <message>
        <source>The workaround of %1 was already applied to %2.</source>
        <translation>%1 的临时解决方法已应用于 %2。</translation>
    </message>
    <message>
        <source>Workaround from known error %1 (%2):</source>
        <translation>来自已知错误 %1（%2）的临时解决方法：</translation>
    </message>
    <message>
        <source>%1 becomes a known error once its &quot;%2&quot; or its &quot;%3&quot; is written.</source>
        <translation>%1 在填写其“%2”或“%3”后即成为已知错误。</translation>
    </message>
    <message>
        <source>The fix of %1 changes CIs: link %1 to the change that makes it (&quot;resolved by change&quot;) before it is resolved.</source>
        <translation>%1 的修复会更改配置项：请在解决之前将 %1 关联到实施该修复的变更（“由变更解决”）。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Configuration item</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Looking for problem candidates was cancelled.</source>
        <translation>查找候选问题已取消。</translation>
    </message>
</context>
<context>
    <name>Rca</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>The chain of causes is not a list of entries: %1.</source>
        <translation>原因链不是条目列表：%1。</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>不是 JSON 数组</translation>
    </message>
    <message>
        <source>The chain of causes has %1 entries; at most %2 are kept.</source>
        <translation>原因链有 %1 个条目；最多保留 %2 个。</translation>
    </message>
    <message>
        <source>Entry %1 of the chain of causes is not an entry.</source>
        <translation>原因链的第 %1 个条目不是有效条目。</translation>
    </message>
    <message>
        <source>Entry %1 of the chain of causes has an unknown key &quot;%2&quot;; the keys are: text, category, at, root.</source>
        <translation>原因链的第 %1 个条目有未知的键“%2”；可用的键为：text、category、at、root。</translation>
    </message>
    <message>
        <source>Entry %1 of the chain of causes has no text.</source>
        <translation>原因链的第 %1 个条目没有文本。</translation>
    </message>
    <message>
        <source>Entry %1 of the chain of causes is too long: %2 characters, at most %3.</source>
        <translation>原因链的第 %1 个条目过长：%2 个字符，最多 %3 个。</translation>
    </message>
    <message>
        <source>Entry %1 of the chain of causes has the category &quot;%2&quot;; the categories are: %3.</source>
        <translation>原因链的第 %1 个条目的类别为“%2”；可用的类别为：%3。</translation>
    </message>
    <message>
        <source>Entry %1 of the chain of causes has the time &quot;%2&quot;, which is no date and time (like 2026-03-01T14:30:00Z).</source>
        <translation>原因链的第 %1 个条目的时间“%2”不是日期和时间（例如 2026-03-01T14:30:00Z）。</translation>
    </message>
    <message>
        <source>Entry %1 of the chain of causes: &quot;root&quot; is true or false.</source>
        <translation>原因链的第 %1 个条目：“root”只能是 true 或 false。</translation>
    </message>
    <message>
        <source>The chain of causes marks %1 entries as the root cause; mark one, and record the others as contributing factors.</source>
        <translation>原因链将 %1 个条目标记为根本原因；请只标记一个，并将其他条目记录为促成因素。</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>%1 changed %2 at %3 (version %4) after this step.</source>
        <translation>在此步骤之后，%1 于 %3 修改了 %2（版本 %4）。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 would not be as it was: %2 would be &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation>%1 将无法恢复原状：%2 将为“%3”，而非“%4”。</translation>
    </message>
    <message>
        <source>%1 cannot go back from %2 to %3: its lifecycle has no such step.</source>
        <translation>%1 无法从%2退回到%3：其生命周期中没有这一步。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n Incident(s)</source>
        <translation>
            <numerusform>指派 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n Service Request(s)</source>
        <translation>
            <numerusform>指派 %n 个服务请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n Incident(s)</source>
        <translation>
            <numerusform>解决 %n 个事件</numerusform>
        </translation>
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
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Configuration Items</source>
        <translation>配置项</translation>
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
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Known error</source>
        <translation>已知错误</translation>
    </message>
    <message>
        <source>Known errors</source>
        <translation>已知错误</translation>
    </message>
    <message>
        <source>Knowledge article</source>
        <translation>知识文章</translation>
    </message>
    <message>
        <source>Knowledge articles</source>
        <translation>知识文章</translation>
    </message>
    <message>
        <source>Configuration item</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Configuration items</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>CMDB audit</source>
        <translation>配置审计</translation>
    </message>
    <message>
        <source>CMDB audits</source>
        <translation>配置审计</translation>
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
        <source>any record</source>
        <translation>任意记录</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>%1 records have no SLA.</source>
        <translation>%1 记录没有 SLA。</translation>
    </message>
    <message>
        <source>change the priority matrix</source>
        <translation>修改优先级矩阵</translation>
    </message>
    <message>
        <source>An imported record&apos;s state is given on its own, not among its values.</source>
        <translation>导入记录的状态需单独给出，不能放在字段值中。</translation>
    </message>
    <message>
        <source>%1 records have no attention queue.</source>
        <translation>%1记录没有需关注队列。</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>a name of up to 200 characters</source>
        <translation>不超过 200 个字符的名称</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;. The settings are: shared, attachment_max_bytes, default_role, language, major_incident.priority_at_most, major_incident.manager, attention.customer_update_minutes, auto_close.days.</source>
        <translation>没有设置项“%1”。可用的设置项：shared、attachment_max_bytes、default_role、language、major_incident.priority_at_most、major_incident.manager、attention.customer_update_minutes、auto_close.days。</translation>
    </message>
    <message>
        <source>An update needs some text.</source>
        <translation>更新内容不能为空。</translation>
    </message>
    <message>
        <source>An update may be at most %1 characters long; this one has %2.</source>
        <translation>更新最多 %1 个字符；当前为 %2 个。</translation>
    </message>
    <message>
        <source>A filter on any of %1 needs a value.</source>
        <translation>对 %1 中任一字段的筛选都需要一个值。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Statistics are kept for incidents and service requests, not for &quot;%1&quot;.</source>
        <translation>统计只适用于事件和服务请求，不适用于“%1”。</translation>
    </message>
    <message>
        <source>Statistics can be grouped by %1, not by &quot;%2&quot;.</source>
        <translation>统计可按 %1 分组，不能按“%2”。</translation>
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
    <message>
        <source>Knowledge manager</source>
        <translation>知识经理</translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message>
        <source>Working hours must start before they end and lie within the day (00:00 to 24:00).</source>
        <translation>工作时间必须先开始后结束，并且在一天之内（00:00 到 24:00）。</translation>
    </message>
    <message>
        <source>Working hours of one day must not overlap.</source>
        <translation>同一天的工作时间段不能重叠。</translation>
    </message>
    <message>
        <source>The holiday list is not UTF-8 text.</source>
        <translation>节假日列表不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>Line %1 of the holiday list has no date that can be read: &quot;%2&quot;. Write dates as 2026-10-01 or 01/10/2026.</source>
        <translation>节假日列表第 %1 行没有可识别的日期：“%2”。请写成 2026-10-01 或 01/10/2026。</translation>
    </message>
    <message>
        <source>Working hours need seven days, Monday to Sunday, separated by &quot;;&quot;: &quot;%1&quot;.</source>
        <translation>工作时间需要从周一到周日共七天，用“;”分隔：“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stretch of working hours; write it as 09:00-17:00.</source>
        <translation>“%1”不是有效的工作时间段；请写成 09:00-17:00。</translation>
    </message>
    <message>
        <source>There is no business calendar %1.</source>
        <translation>没有业务日历 %1。</translation>
    </message>
    <message>
        <source>The calendar &quot;%1&quot; names an unknown time zone &quot;%2&quot;.</source>
        <translation>日历“%1”使用了未知时区“%2”。</translation>
    </message>
    <message>
        <source>A business calendar needs a name.</source>
        <translation>业务日历需要名称。</translation>
    </message>
    <message>
        <source>change business calendars</source>
        <translation>修改业务日历</translation>
    </message>
    <message>
        <source>There is already a business calendar named &quot;%1&quot;.</source>
        <translation>已有名为“%1”的业务日历。</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n 个节假日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra working day(s)</source>
        <translation>
            <numerusform>%n 个调休工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>An SLA definition needs a name.</source>
        <translation>SLA 定义需要名称。</translation>
    </message>
    <message>
        <source>SLAs apply to incidents and service requests, not to &quot;%1&quot;.</source>
        <translation>SLA 只适用于事件和服务请求，不适用于“%1”。</translation>
    </message>
    <message>
        <source>An SLA definition needs a response or a resolution target.</source>
        <translation>SLA 定义需要响应或解决目标。</translation>
    </message>
    <message>
        <source>SLA targets must be longer than zero.</source>
        <translation>SLA 目标必须大于零。</translation>
    </message>
    <message>
        <source>The warning threshold is a share of the target between 1 and 100 %.</source>
        <translation>预警阈值是目标的百分比，须在 1 到 100 % 之间。</translation>
    </message>
    <message>
        <source>change SLA definitions</source>
        <translation>修改 SLA 定义</translation>
    </message>
    <message>
        <source>There is no SLA definition %1.</source>
        <translation>没有 SLA 定义 %1。</translation>
    </message>
</context>
<context>
    <name>SlaFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>No SLA applies to this ticket.</source>
        <translation>此工单没有适用的 SLA。</translation>
    </message>
    <message>
        <source>%1 of %2 working time used.</source>
        <translation>已用工作时间 %1 / %2。</translation>
    </message>
    <message>
        <source>Breached at %1, %2 ago.</source>
        <translation>于 %1 违约，已过去 %2。</translation>
    </message>
    <message>
        <source>Due %1. Breaching soon: past its warning threshold since %2.</source>
        <translation>到期 %1。即将违约：自 %2 起已超过预警阈值。</translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation>到期 %1。</translation>
    </message>
    <message>
        <source>paused, breached</source>
        <translation>已暂停，已违约</translation>
    </message>
    <message>
        <source>The clock is paused; it breached at %1.</source>
        <translation>计时已暂停；曾于 %1 违约。</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>The clock is paused with %1 of working time left.</source>
        <translation>计时已暂停，剩余工作时间 %1。</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>已违约</translation>
    </message>
    <message>
        <source>The clock has stopped; it breached at %1.</source>
        <translation>计时已停止；曾于 %1 违约。</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>The clock has stopped within its target.</source>
        <translation>计时已在目标内停止。</translation>
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
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已指派</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>In fulfilment</source>
        <translation>履行中</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Known error</source>
        <translation>已知错误</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>已订购</translation>
    </message>
    <message>
        <source>In test</source>
        <translation>测试中</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>已处置</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审阅</translation>
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
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复处理</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Start fulfilment</source>
        <translation>开始履行</translation>
    </message>
    <message>
        <source>Fulfil</source>
        <translation>履行完成</translation>
    </message>
    <message>
        <source>Start investigation</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <source>Record known error</source>
        <translation>记录已知错误</translation>
    </message>
    <message>
        <source>Investigate again</source>
        <translation>重新调查</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Approve and publish</source>
        <translation>批准并发布</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订购</translation>
    </message>
    <message>
        <source>Start testing</source>
        <translation>开始测试</translation>
    </message>
    <message>
        <source>Put live</source>
        <translation>投入运行</translation>
    </message>
    <message>
        <source>Send to repair</source>
        <translation>送修</translation>
    </message>
    <message>
        <source>Back to testing</source>
        <translation>返回测试</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>恢复运行</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>标记为已审阅</translation>
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
    <name>sb::ui::AdminDialog</name>
    <message>
        <source>Administration — %1</source>
        <translation>管理 — %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Save every changed page at once (%1)</source>
        <translation>一次保存所有已更改的页面（%1）</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>还原(&amp;E)</translation>
    </message>
    <message>
        <source>Drop the changes not saved yet</source>
        <translation>放弃尚未保存的更改</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1（已更改）</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The workbook is open read-only.</source>
        <translation>工作簿以只读方式打开。</translation>
    </message>
    <message>
        <source>The workbook is open read-only: %1</source>
        <translation>工作簿以只读方式打开：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Business calendars and SLA definitions are changed by administrators, service owners, SMS owners and service level managers; %1 has the roles: %2.</source>
        <translation>业务日历和 SLA 定义由管理员、服务负责人、SMS 负责人和服务级别经理修改；%1 的角色为：%2。</translation>
    </message>
    <message>
        <source>change the priority matrix</source>
        <translation>修改优先级矩阵</translation>
    </message>
    <message>
        <source>Not saved. %1: %2</source>
        <translation>未保存。%1：%2</translation>
    </message>
    <message>
        <source>There are no changes to save.</source>
        <translation>没有需要保存的更改。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Nothing was saved. %1: %2</source>
        <translation>未保存任何内容。%1：%2</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>未保存任何内容。%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Changes dropped; the pages show what the workbook holds.</source>
        <translation>已放弃更改；各页面显示的是工作簿中的现有内容。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes before closing?</source>
        <translation>关闭前是否保存更改？</translation>
    </message>
    <message>
        <source>CI types are changed by administrators and configuration managers; %1 has the roles: %2.</source>
        <translation>配置项类型由管理员和配置经理修改；%1 的角色为：%2。</translation>
    </message>
    <message>
        <source>Relationship types are changed by administrators and configuration managers; %1 has the roles: %2.</source>
        <translation>关系类型由管理员和配置经理更改；%1 拥有的角色：%2。</translation>
    </message>
</context>
<context>
    <name>sb::ui::AdminPage</name>
    <message>
        <source>You can look at these settings but not change them. %1</source>
        <translation>你可以查看这些设置，但不能修改。%1</translation>
    </message>
</context>
<context>
    <name>sb::ui::ArticleEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>words people search for, not in the text</source>
        <translation>用户会搜索但正文中没有的词</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Make the paragraph a heading, or plain text again</source>
        <translation>将段落设为标题，或恢复为普通文本</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>标题 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>标题 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>标题 3</translation>
    </message>
    <message>
        <source>B</source>
        <comment>bold, on the formatting bar</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>粗体（%1）</translation>
    </message>
    <message>
        <source>I</source>
        <comment>italic, on the formatting bar</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>斜体（%1）</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• 列表</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. 列表</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>编号列表</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Code: the selected words, or the selected lines as a code block</source>
        <translation>代码：将选中的文字设为代码，或将选中的行设为代码块</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>链接…</translation>
    </message>
    <message>
        <source>Link the selection to an address (%1)</source>
        <translation>将所选内容链接到地址（%1）</translation>
    </message>
    <message>
        <source>What the reader needs to know: the symptom, the cause, and the steps that fix it.</source>
        <translation>读者需要了解的内容：症状、原因以及修复步骤。</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Address (https://…, mailto:…):</source>
        <translation>地址（https://…、mailto:…）：</translation>
    </message>
</context>
<context>
    <name>sb::ui::ArticleView</name>
    <message>
        <source>No article selected</source>
        <translation>未选择文章</translation>
    </message>
    <message>
        <source>%1 is no knowledge article.</source>
        <translation>%1 不是知识文章。</translation>
    </message>
    <message>
        <source>New knowledge article</source>
        <translation>新建知识文章</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>No review date</source>
        <translation>无复审日期</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>复审日期：%1</translation>
    </message>
    <message>
        <source>Approved by %1, %2</source>
        <translation>由 %1 批准，%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Versions (%1)</source>
        <translation>版本（%1）</translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>关联（%1）</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>转到%1</translation>
    </message>
    <message>
        <source>Needs one of these roles: %1</source>
        <translation>需要以下角色之一：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Due for review since %1: check that it is still right, then revise it or set a new review date.</source>
        <translation>自 %1 起已到复审日期：请检查内容是否仍然正确，然后修订文章或设置新的复审日期。</translation>
    </message>
    <message>
        <source>You are reading version %1, “%2”, written by %3 on %4 (read-only). &lt;a href=&quot;current&quot;&gt;Show the current version&lt;/a&gt;</source>
        <translation>您正在阅读版本 %1“%2”，由 %3 于 %4 编写（只读）。&lt;a href=&quot;current&quot;&gt;显示当前版本&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>已创建 %1。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 未保存：%2</translation>
    </message>
    <message>
        <source>Saved %1: version %2 of the article.</source>
        <translation>已保存 %1：文章的第 %2 版。</translation>
    </message>
    <message>
        <source>Showing the saved version; your changes were discarded.</source>
        <translation>正在显示已保存的版本；您的更改已丢弃。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Change the text and the details of the article</source>
        <translation>更改文章的文本和详细信息</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Leave the editor without saving</source>
        <translation>不保存并退出编辑器</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the article: a changed text is a new version</source>
        <translation>保存文章：更改文本会产生新版本</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>撰写人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
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
</context>
<context>
    <name>sb::ui::BaselineDialog</name>
    <message>
        <source>Everything (the whole CMDB)</source>
        <translation>全部（整个 CMDB）</translation>
    </message>
    <message>
        <source>Everything, or one service (a service record or a business-service CI) with what it needs; type to find one by name or ID</source>
        <translation>全部，或某个服务（服务记录或业务服务配置项）及其所需的一切；输入名称或 ID 进行查找</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Double-click to compare with now</source>
        <translation>双击与当前状态比较</translation>
    </message>
    <message>
        <source>No baseline has been taken yet. Take one before a release is deployed, to compare with afterwards.</source>
        <translation>尚未创建任何基线。请在部署发布之前创建一个基线，以便之后进行比较。</translation>
    </message>
    <message>
        <source>Take Baseline</source>
        <translation>创建基线</translation>
    </message>
    <message>
        <source>e.g. Before release 2026.11</source>
        <translation>例如 发布 2026.11 之前</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>A baseline keeps every CI in scope with its fields, attributes and relationships as they are now. It cannot be changed afterwards.</source>
        <translation>基线会按当前状态保存范围内的每个配置项及其字段、属性和关系。创建后不能再修改。</translation>
    </message>
    <message>
        <source>No service or business service is called &quot;%1&quot;. Choose one from the list, or everything.</source>
        <translation>没有名为“%1”的服务或业务服务。请从列表中选择一个，或选择全部。</translation>
    </message>
    <message>
        <source>Taking baseline &quot;%1&quot;…</source>
        <translation>正在创建基线“%1”…</translation>
    </message>
    <message>
        <source>The baseline was not taken: %1</source>
        <translation>未能创建基线：%1</translation>
    </message>
    <message numerus="yes">
        <source>Baseline &quot;%1&quot; taken: %n CI(s)</source>
        <translation>
            <numerusform>已创建基线“%1”：%n 个配置项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n relationship(s).</source>
        <translation>
            <numerusform>，%n 个关系。</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare Baselines</source>
        <translation>比较基线</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The CMDB as it is &amp;now</source>
        <translation>当前的 CMDB(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Another baseline:</source>
        <translation>另一个基线(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>基线(&amp;B)：</translation>
    </message>
    <message>
        <source>Compared with:</source>
        <translation>比较对象：</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>A baseline compared with itself shows no differences; choose another one, or now.</source>
        <translation>基线与自身比较不会有任何差异；请选择另一个基线，或选择当前状态。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>比较失败：%1</translation>
    </message>
    <message>
        <source>Baselines — %1</source>
        <translation>基线 — %1</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>CIs</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>&amp;Take Baseline…</source>
        <translation>创建基线(&amp;T)…</translation>
    </message>
    <message>
        <source>Keep the CMDB (or one service&apos;s part of it) as it is now, to compare with later: before a release is deployed, say</source>
        <translation>按当前状态保存 CMDB（或某个服务所涉及的部分），以便之后比较，例如在部署发布之前</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare a baseline with another one, or with the CMDB as it is now</source>
        <translation>将基线与另一个基线或当前的 CMDB 进行比较</translation>
    </message>
</context>
<context>
    <name>sb::ui::BaselineDiffView</name>
    <message>
        <source>Choose a baseline and compare it with another one or with the CMDB as it is now.</source>
        <translation>选择一个基线，将其与另一个基线或当前的 CMDB 进行比较。</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>A relationship: &quot;CI-3 web-01 runs on CI-7 esx-1&quot;.</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>双击打开 %1</translation>
    </message>
    <message>
        <source>CIs added (%1)</source>
        <translation>新增的配置项（%1）</translation>
    </message>
    <message>
        <source>CIs removed (%1)</source>
        <translation>删除的配置项（%1）</translation>
    </message>
    <message>
        <source>CIs changed (%1)</source>
        <translation>变更的配置项（%1）</translation>
    </message>
    <message>
        <source>Relationships added (%1)</source>
        <translation>新增的关系（%1）</translation>
    </message>
    <message>
        <source>Relationships removed (%1)</source>
        <translation>删除的关系（%1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2, %3)</source>
        <translation>“%1”（%2，%3）</translation>
    </message>
    <message>
        <source>Baseline %1 compared with baseline %2.</source>
        <translation>基线 %1 与基线 %2 的比较。</translation>
    </message>
    <message>
        <source>Baseline %1 compared with the CMDB as it is now.</source>
        <translation>基线 %1 与当前 CMDB 的比较。</translation>
    </message>
    <message>
        <source>Scope: %1 %2.</source>
        <translation>范围：%1 %2。</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <source>CIs: %1 added, %2 removed, %3 changed. Relationships: %4 added, %5 removed.</source>
        <translation>配置项：新增 %1 个，删除 %2 个，变更 %3 个。关系：新增 %4 个，删除 %5 个。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>CI type</source>
        <translation>配置项类型</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>To ID</source>
        <translation>目标 ID</translation>
    </message>
    <message>
        <source>To name</source>
        <translation>目标名称</translation>
    </message>
    <message>
        <source>CI added</source>
        <translation>新增配置项</translation>
    </message>
    <message>
        <source>CI removed</source>
        <translation>删除配置项</translation>
    </message>
    <message>
        <source>CI changed</source>
        <translation>变更配置项</translation>
    </message>
    <message>
        <source>Relationship added</source>
        <translation>新增关系</translation>
    </message>
    <message>
        <source>Relationship removed</source>
        <translation>删除关系</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Export the difference</source>
        <translation>导出差异</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Configuration item or field</source>
        <translation>配置项或字段</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the difference as a CSV file</source>
        <translation>将差异保存为 CSV 文件</translation>
    </message>
</context>
<context>
    <name>sb::ui::BulkTicketDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及其他 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign Tickets</source>
        <translation>指派工单</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n ticket(s): %1</source>
        <translation>
            <numerusform>指派 %n 个工单：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignment &amp;group:</source>
        <translation>处理组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>处理人(&amp;A)：</translation>
    </message>
    <message>
        <source>Leave the assignee empty to put the tickets in the group&apos;s queue: tickets that move to another group lose their assignee, the others keep theirs.</source>
        <translation>处理人留空则将工单放入该组的队列：转到其他组的工单将不再有处理人，其余工单保留原处理人。</translation>
    </message>
    <message>
        <source>Resolve Tickets</source>
        <translation>解决工单</translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n ticket(s): %1</source>
        <translation>
            <numerusform>解决 %n 个工单：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolution &amp;code:</source>
        <translation>解决代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Resolution &amp;notes:</source>
        <translation>解决说明(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a ticket and its state</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cannot be resolved from the state they are in: %1. Leave them out of the selection.</source>
        <translation>以下工单在当前状态下无法解决：%1。请将其从所选项中移除。</translation>
    </message>
    <message>
        <source>This cannot be undone: a resolved ticket does not go back to where %1 are now.</source>
        <translation>此操作无法撤消：已解决的工单无法回到 %1 当前所处的状态。</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
</context>
<context>
    <name>sb::ui::CalendarPage</name>
    <message>
        <source>C&amp;alendar:</source>
        <translation>日历(&amp;A)：</translation>
    </message>
    <message>
        <source>New &amp;Calendar</source>
        <translation>新建日历(&amp;C)</translation>
    </message>
    <message>
        <source>Working hours are local times in this zone, so a calendar follows its clocks when they change.</source>
        <translation>工作时间按该时区的本地时间计算，因此时钟调整时日历会随之变化。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Stretches such as 09:00-12:00, 13:00-17:00; empty for a day off.</source>
        <translation>时间段，如 09:00-12:00, 13:00-17:00；留空表示休息日。</translation>
    </message>
    <message>
        <source>Holidays and extra working days</source>
        <translation>节假日和调休工作日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name or hours</source>
        <translation>名称或工作时间</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Extra working day</source>
        <translation>调休工作日</translation>
    </message>
    <message>
        <source>Name of the holiday</source>
        <translation>节假日名称</translation>
    </message>
    <message>
        <source>with the hours of %1</source>
        <translation>工作时间同 %1</translation>
    </message>
    <message>
        <source>Worked with the hours of</source>
        <translation>工作时间同</translation>
    </message>
    <message>
        <source>A&amp;dd Day</source>
        <translation>添加日期(&amp;D)</translation>
    </message>
    <message>
        <source>Adds the date, or changes it if the list has it already</source>
        <translation>添加该日期；如列表中已有则修改</translation>
    </message>
    <message>
        <source>&amp;Remove Days</source>
        <translation>删除日期(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected dates (Delete)</source>
        <translation>删除所选日期（Delete）</translation>
    </message>
    <message>
        <source>&amp;Import Holidays from CSV…</source>
        <translation>从 CSV 导入节假日(&amp;I)…</translation>
    </message>
    <message>
        <source>One &quot;date,name&quot; per line, dates as 2026-10-01 or 01/10/2026; a line starting with + is an extra working day.</source>
        <translation>每行一个“日期,名称”，日期格式为 2026-10-01 或 01/10/2026；以 + 开头的行表示调休工作日。</translation>
    </message>
    <message>
        <source>Business calendars</source>
        <translation>业务日历</translation>
    </message>
    <message>
        <source>A business calendar needs a name.</source>
        <translation>业务日历需要名称。</translation>
    </message>
    <message>
        <source>The calendar &quot;%1&quot; names an unknown time zone &quot;%2&quot;; choose one from the list.</source>
        <translation>日历“%1”使用了未知时区“%2”；请从列表中选择。</translation>
    </message>
    <message>
        <source>%1 in &quot;%2&quot;: %3</source>
        <translation>“%2”中的 %1：%3</translation>
    </message>
    <message>
        <source>hours of %1</source>
        <translation>%1 的工作时间</translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <translation>导入节假日</translation>
    </message>
    <message>
        <source>CSV lists (*.csv *.txt);;All files (*)</source>
        <translation>CSV 列表 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. %2</source>
        <translation>未从 %1 导入任何内容。%2</translation>
    </message>
    <message numerus="yes">
        <source>Read %n date(s) from %1 into &quot;%2&quot;; they are saved with the calendar.</source>
        <translation>
            <numerusform>已从 %1 读取 %n 个日期到“%2”；它们将随日历一起保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>New calendar</source>
        <translation>新日历</translation>
    </message>
    <message>
        <source>New calendar %1</source>
        <translation>新日历 %1</translation>
    </message>
    <message>
        <source>Two business calendars are named &quot;%1&quot;.</source>
        <translation>有两个业务日历都名为“%1”。</translation>
    </message>
</context>
<context>
    <name>sb::ui::CandidateModel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Repeat caller</source>
        <translation>重复报告人</translation>
    </message>
    <message>
        <source>Reopened (%1)</source>
        <translation>重新打开（%1）</translation>
    </message>
    <message>
        <source>Some of these incidents are linked to %1 already; double-click to open it</source>
        <translation>其中部分事件已关联到 %1；双击可打开</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键值</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>First</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>sb::ui::CategoryPage</name>
    <message>
        <source>Incidents name a category and a subcategory from this tree. Incidents already recorded keep the names they have when a category is renamed, moved or removed.</source>
        <translation>事件从此树中选择类别和子类别。类别被重命名、移动或删除时，已记录的事件保留原有名称。</translation>
    </message>
    <message>
        <source>Incident categories</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <source>&amp;Add Category</source>
        <translation>添加类别(&amp;A)</translation>
    </message>
    <message>
        <source>A new category beside the selected one (Insert)</source>
        <translation>在所选类别旁新建同级类别（Insert）</translation>
    </message>
    <message>
        <source>Add &amp;Subcategory</source>
        <translation>添加子类别(&amp;S)</translation>
    </message>
    <message>
        <source>A new category under the selected one</source>
        <translation>在所选类别下新建类别</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>Rename the selected category (F2)</source>
        <translation>重命名所选类别（F2）</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translation>移动到(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected category (Delete); one with subcategories is removed once they are gone</source>
        <translation>删除所选类别（Delete）；含子类别的类别须在其子类别全部删除后才能删除</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a subcategory named &quot;%2&quot;.</source>
        <translation>“%1”已有名为“%2”的子类别。</translation>
    </message>
    <message>
        <source>There is already a top-level category named &quot;%1&quot;.</source>
        <translation>已有名为“%1”的顶级类别。</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新类别</translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>新类别 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot go under itself or one of its own subcategories.</source>
        <translation>“%1”不能移到它自身或其任一子类别之下。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now %2.</source>
        <translation>“%1”现为 %2。</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶级）</translation>
    </message>
    <message>
        <source>Move Category</source>
        <translation>移动类别</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; under:</source>
        <translation>将“%1”移到以下类别之下：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still has subcategories: remove them or move them elsewhere first.</source>
        <translation>“%1”仍有子类别：请先删除它们或将其移到别处。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is removed when you save; the %n incident(s) that name it keep the name.</source>
        <translation>
            <numerusform>“%1”将在保存时删除；引用它的 %n 个事件保留该名称。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is removed when you save.</source>
        <translation>“%1”将在保存时删除。</translation>
    </message>
</context>
<context>
    <name>sb::ui::CiAttributesEditor</name>
    <message>
        <source>Choose a type</source>
        <translation>选择类型</translation>
    </message>
    <message>
        <source>Attributes of %1</source>
        <translation>%1 的属性</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ID of a %1, such as %2-1</source>
        <translation>%1 的 ID，例如 %2-1</translation>
    </message>
    <message>
        <source>The type does not define this attribute; the value is kept until you clear it.</source>
        <translation>该类型未定义此属性；该值会一直保留，直到您将其清除。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>%1 (no longer defined)</source>
        <translation>%1（已不再定义）</translation>
    </message>
    <message>
        <source>CI type *</source>
        <translation>配置项类型 *</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>子类型</translation>
    </message>
</context>
<context>
    <name>sb::ui::CiGraphPanel</name>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation>无法对关系图进行布局：%1</translation>
    </message>
    <message>
        <source>The CMDB&apos;s types could not be read: %1</source>
        <translation>无法读取 CMDB 的类型：%1</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Hide All</source>
        <translation>全部隐藏</translation>
    </message>
    <message>
        <source>Every CI and Service</source>
        <translation>所有配置项和服务</translation>
    </message>
    <message>
        <source>through hidden CIs</source>
        <translation>经由隐藏的配置项</translation>
    </message>
    <message>
        <source>That record is no longer in the workbook.</source>
        <translation>该记录已不在工作簿中。</translation>
    </message>
    <message>
        <source>The CMDB could not be read: %1</source>
        <translation>无法读取 CMDB：%1</translation>
    </message>
    <message>
        <source>the first %1 of %2 CIs</source>
        <translation>%2 个配置项中的前 %1 个</translation>
    </message>
    <message>
        <source>stopped at %1 records</source>
        <translation>在 %1 条记录处停止</translation>
    </message>
    <message>
        <source>The neighbours could not be read: %1</source>
        <translation>无法读取相邻记录：%1</translation>
    </message>
    <message>
        <source>%1 has nothing more to show.</source>
        <translation>%1 没有更多可显示的内容。</translation>
    </message>
    <message>
        <source>Nothing was reached only through %1.</source>
        <translation>没有仅经由 %1 才能到达的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) hidden.</source>
        <translation>
            <numerusform>已隐藏 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Services (%1)</source>
        <translation>服务（%1）</translation>
    </message>
    <message>
        <source>Customers (%1)</source>
        <translation>客户（%1）</translation>
    </message>
    <message>
        <source>Service level agreements (%1)</source>
        <translation>服务级别协议（%1）</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>正在布局…</translation>
    </message>
    <message>
        <source>Type a CI&apos;s name or ID above, or choose an overview.</source>
        <translation>在上方输入配置项的名称或 ID，或选择一个概览。</translation>
    </message>
    <message numerus="yes">
        <source>Overview: %n record(s)</source>
        <translation>
            <numerusform>概览：%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A failure of %1 reaches %n record(s)</source>
        <translation>
            <numerusform>%1 发生故障会波及 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n record(s)</source>
        <translation>
            <numerusform>%1 需要 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) around %1</source>
        <translation>
            <numerusform>%1 周围的 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n 个关系</numerusform>
        </translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>已筛选</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>Nothing in the CMDB is called “%1”.</source>
        <translation>CMDB 中没有名为“%1”的项目。</translation>
    </message>
    <message>
        <source>Open Record</source>
        <translation>打开记录</translation>
    </message>
    <message>
        <source>Focus Here</source>
        <translation>聚焦于此</translation>
    </message>
    <message>
        <source>Expand Neighbours</source>
        <translation>展开相邻项</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>折叠</translation>
    </message>
    <message>
        <source>Impact Downstream from Here</source>
        <translation>从此处分析下游影响</translation>
    </message>
    <message>
        <source>Impact Upstream from Here</source>
        <translation>从此处分析上游影响</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Top to Bottom</source>
        <translation>从上到下</translation>
    </message>
    <message>
        <source>Left to Right</source>
        <translation>从左到右</translation>
    </message>
    <message>
        <source>CMDB overview</source>
        <translation>CMDB 概览</translation>
    </message>
    <message>
        <source>CMDB graph around %1</source>
        <translation>%1 周围的 CMDB 关系图</translation>
    </message>
    <message>
        <source>Export Graph as PNG</source>
        <translation>将关系图导出为 PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>导出关系图</translation>
    </message>
    <message>
        <source>Export Graph as SVG</source>
        <translation>将关系图导出为 SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>Print Graph</source>
        <translation>打印关系图</translation>
    </message>
    <message>
        <source>CMDB Graph</source>
        <translation>CMDB 关系图</translation>
    </message>
    <message>
        <source>Find a CI or service by name or ID…</source>
        <translation>按名称或 ID 查找配置项或服务…</translation>
    </message>
    <message>
        <source>Type a name or an ID (CI-12) and press Enter to draw what is around it</source>
        <translation>输入名称或 ID（CI-12）并按 Enter，绘制其周围的内容</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>邻域</translation>
    </message>
    <message>
        <source>Impact downstream</source>
        <translation>下游影响</translation>
    </message>
    <message>
        <source>Impact upstream</source>
        <translation>上游影响</translation>
    </message>
    <message>
        <source>Neighbourhood: every relationship around the record. Downstream: what a failure of it reaches. Upstream: what it needs.</source>
        <translation>邻域：记录周围的所有关系。下游：其故障会波及的内容。上游：其所依赖的内容。</translation>
    </message>
    <message>
        <source>&amp;Hops:</source>
        <translation>跳数(&amp;H)：</translation>
    </message>
    <message>
        <source>How many steps away from the record to draw</source>
        <translation>绘制距离记录多少步以内的内容</translation>
    </message>
    <message>
        <source>CI Types</source>
        <translation>配置项类型</translation>
    </message>
    <message>
        <source>CI Types (%1 hidden)</source>
        <translation>配置项类型（已隐藏 %1 个）</translation>
    </message>
    <message>
        <source>The CI types drawn</source>
        <translation>要绘制的配置项类型</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Relationships (%1 hidden)</source>
        <translation>关系（已隐藏 %1 个）</translation>
    </message>
    <message>
        <source>The relationships followed (impact analysis follows every relationship)</source>
        <translation>要沿循的关系（影响分析会沿循所有关系）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Many CIs at once: one CI type with its neighbours, or everything</source>
        <translation>同时显示多个配置项：某一配置项类型及其相邻项，或全部内容</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小 (Ctrl+-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>放大 (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole graph (Ctrl+0)</source>
        <translation>显示整个关系图 (Ctrl+0)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>导出为 SVG…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>受影响</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) with many relationships not expanded</source>
        <translation>
            <numerusform>%n 个关系众多的记录未展开</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has more neighbours than a drawing takes: the first %2 are drawn</source>
        <translation>%1 的相邻记录多于一张图可容纳的数量：只画出前 %2 个</translation>
    </message>
</context>
<context>
    <name>sb::ui::CiImpactView</name>
    <message>
        <source>Following the relationships…</source>
        <translation>正在沿循关系…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reached by: %1</source>
        <translation>经由：%1</translation>
    </message>
    <message>
        <source>Services affected (%1)</source>
        <translation>受影响的服务（%1）</translation>
    </message>
    <message>
        <source>Customers affected (%1)</source>
        <translation>受影响的客户（%1）</translation>
    </message>
    <message>
        <source>Service level agreements (%1)</source>
        <translation>服务级别协议（%1）</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Configuration items affected (%1)</source>
        <translation>受影响的配置项（%1）</translation>
    </message>
    <message>
        <source>Configuration items needed (%1)</source>
        <translation>所需的配置项（%1）</translation>
    </message>
    <message numerus="yes">
        <source>A failure of %1 reaches %n configuration item(s)</source>
        <translation>
            <numerusform>%1 的故障会波及 %n 个配置项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n configuration item(s)</source>
        <translation>
            <numerusform>%1 需要 %n 个配置项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n service(s)</source>
        <translation>
            <numerusform>、%n 个服务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n customer(s).</source>
        <translation>
            <numerusform>和 %n 个客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>The depth limit stopped the walk: there is more beyond it.</source>
        <translation>遍历因深度限制而停止：超出限制的部分还有更多内容。</translation>
    </message>
    <message>
        <source>Downstream: what a failure reaches</source>
        <translation>下游：故障会波及的内容</translation>
    </message>
    <message>
        <source>Upstream: what it needs</source>
        <translation>上游：其所依赖的内容</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Show in Graph</source>
        <translation>在关系图中显示</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>Reached from</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>sb::ui::CiListModel</name>
    <message>
        <source>Over-used: %1 installations for %2 entitlements</source>
        <translation>超用：%1 个安装数，授权数为 %2</translation>
    </message>
    <message>
        <source>Installations</source>
        <translation>安装数</translation>
    </message>
</context>
<context>
    <name>sb::ui::CiPanel</name>
    <message>
        <source>All CI types</source>
        <translation>所有配置项类型</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>CIs in test, live or in repair</source>
        <translation>测试中、运行中或维修中的配置项</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>CIs planned or ordered, not yet in use</source>
        <translation>已计划或已订购、尚未使用的配置项</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>CIs retired or disposed of</source>
        <translation>已停用或已处置的配置项</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Licences with their entitlements and the CIs they license; over-used ones in red</source>
        <translation>许可证及其授权数和所授权的配置项；超用的以红色显示</translation>
    </message>
    <message>
        <source>Warranties ending</source>
        <translation>即将到期的保修</translation>
    </message>
    <message numerus="yes">
        <source>Warranties that ended or end within %n day(s), soonest first</source>
        <translation>
            <numerusform>已到期或将在 %n 天内到期的保修，最早到期的排在最前</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Every CI</source>
        <translation>所有配置项</translation>
    </message>
    <message>
        <source>Show in Graph</source>
        <translation>在关系图中显示</translation>
    </message>
    <message>
        <source>Show the CI in the editor with its neighbours in the CMDB graph</source>
        <translation>在编辑器中显示该配置项，并在 CMDB 关系图中显示其相邻项</translation>
    </message>
    <message>
        <source>Baselines…</source>
        <translation>基线…</translation>
    </message>
    <message>
        <source>Take a baseline of the CMDB, or compare one with another or with now</source>
        <translation>创建 CMDB 基线，或将一个基线与另一个基线或当前状态进行比较</translation>
    </message>
    <message>
        <source>Run CMDB Audit…</source>
        <translation>运行配置审计…</translation>
    </message>
    <message>
        <source>Compare a discovered inventory (CSV) with the CMDB and keep the findings as a CMDB audit</source>
        <translation>将发现的清单（CSV）与 CMDB 进行比较，并将发现项保存为配置审计</translation>
    </message>
    <message>
        <source>Show one CI type, with its attributes as columns</source>
        <translation>显示某一配置项类型，以其属性作为列</translation>
    </message>
</context>
<context>
    <name>sb::ui::CiRelationsView</name>
    <message>
        <source>Relationships (%1)</source>
        <translation>关系（%1）</translation>
    </message>
    <message>
        <source>Incidents, problems and known errors (%1)</source>
        <translation>事件、问题和已知错误（%1）</translation>
    </message>
    <message>
        <source>Other links (%1)</source>
        <translation>其他关联（%1）</translation>
    </message>
    <message>
        <source>Add Relationship</source>
        <translation>添加关系</translation>
    </message>
    <message>
        <source>%1 … (this CI %1 the other)</source>
        <translation>%1 …（此配置项%1另一端）</translation>
    </message>
    <message>
        <source>name or ID of a CI or service</source>
        <translation>配置项或服务的名称或 ID</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Other end</source>
        <translation>另一端</translation>
    </message>
    <message>
        <source>No single CI or service is called &quot;%1&quot;. Pick one from the list that opens as you type.</source>
        <translation>没有唯一一个名为“%1”的配置项或服务。请从输入时打开的列表中选择一个。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
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
        <source>A failure travels along relationships: what runs on, depends on or is installed on this CI is affected when it fails. See the Impact tab.</source>
        <translation>故障会沿关系传递：运行于、依赖或安装于此配置项的内容会在其故障时受到影响。请参阅“影响”选项卡。</translation>
    </message>
    <message>
        <source>Add Relationship…</source>
        <translation>添加关系…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Show in Graph</source>
        <translation>在关系图中显示</translation>
    </message>
</context>
<context>
    <name>sb::ui::CiTypesPage</name>
    <message>
        <source>What kinds of configuration item the CMDB holds, and the attributes each kind records. CIs keep their values when an attribute is removed; a type in use cannot be removed.</source>
        <translation>CMDB 包含哪些种类的配置项，以及每种配置项记录的属性。删除属性时，配置项会保留其值；正在使用的类型无法删除。</translation>
    </message>
    <message>
        <source>CI types</source>
        <translation>配置项类型</translation>
    </message>
    <message>
        <source>Add &amp;Type</source>
        <translation>添加类型(&amp;T)</translation>
    </message>
    <message>
        <source>Remove Type</source>
        <translation>删除类型</translation>
    </message>
    <message>
        <source>Selected CI type</source>
        <translation>所选配置项类型</translation>
    </message>
    <message>
        <source>e.g. printer</source>
        <translation>例如 printer</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and &quot;_&quot;, beginning with a letter; it cannot change once saved</source>
        <translation>小写字母、数字和“_”，以字母开头；保存后不可更改</translation>
    </message>
    <message>
        <source>offered subtypes, separated by commas</source>
        <translation>可选的子类型，以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation>图标(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Subtypes:</source>
        <translation>子类型(&amp;S)：</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>属性：</translation>
    </message>
    <message>
        <source>Add &amp;Attribute</source>
        <translation>添加属性(&amp;A)</translation>
    </message>
    <message>
        <source>Remove Attribute</source>
        <translation>删除属性</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Choices, or the type referred to</source>
        <translation>选项，或所引用的类型</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>For a choice: the choices, separated by commas. For a reference: the type of record, such as person, service or ci.</source>
        <translation>对于选项：以逗号分隔的选项。对于引用：记录的类型，例如 person、service 或 ci。</translation>
    </message>
    <message>
        <source>(new type)</source>
        <translation>（新类型）</translation>
    </message>
    <message>
        <source>Two CI types have the code &quot;%1&quot;.</source>
        <translation>有两个配置项类型的代码都是“%1”。</translation>
    </message>
    <message>
        <source>The CI type &quot;%1&quot; needs a name.</source>
        <translation>配置项类型“%1”需要名称。</translation>
    </message>
    <message>
        <source>%1 has two attributes named &quot;%2&quot;.</source>
        <translation>%1 有两个名为“%2”的属性。</translation>
    </message>
    <message>
        <source>The attribute &quot;%1&quot; of %2 needs a label.</source>
        <translation>%2 的属性“%1”需要标签。</translation>
    </message>
    <message>
        <source>The choice attribute &quot;%1&quot; of %2 needs its choices.</source>
        <translation>%2 的选项属性“%1”需要设置选项。</translation>
    </message>
    <message>
        <source>The reference attribute &quot;%1&quot; of %2 needs the type of record it refers to, such as person, service or ci.</source>
        <translation>%2 的引用属性“%1”需要指定其所引用的记录类型，例如 person、service 或 ci。</translation>
    </message>
</context>
<context>
    <name>sb::ui::CmdbAuditDialog</name>
    <message>
        <source>Discovered inventory</source>
        <translation>发现的清单</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Inventory mapping</source>
        <translation>清单映射</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>映射 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the example mapping as</source>
        <translation>将示例映射另存为</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>映射 (*.json)</translation>
    </message>
    <message>
        <source>Cannot save the example</source>
        <translation>无法保存示例</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The example was saved as %1. Change its column names to those of your inventory; what each entry means is written in its &quot;description&quot;.</source>
        <translation>示例已保存为 %1。请将其中的列名改为您清单中的列名；每个条目的含义写在其“description”中。</translation>
    </message>
    <message>
        <source>Choose the inventory to compare: a CSV file with a header line.</source>
        <translation>选择要比较的清单：带有标题行的 CSV 文件。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no mapping file %1.</source>
        <translation>映射文件 %1 不存在。</translation>
    </message>
    <message>
        <source>No service or business service is called &quot;%1&quot;. Choose one from the list, or everything.</source>
        <translation>没有名为“%1”的服务或业务服务。请从列表中选择一个，或选择全部。</translation>
    </message>
    <message>
        <source>Comparing %1 with the CMDB…</source>
        <translation>正在将 %1 与 CMDB 进行比较…</translation>
    </message>
    <message>
        <source>The audit was not recorded: %1</source>
        <translation>未记录审计：%1</translation>
    </message>
    <message>
        <source>Recorded as %1.</source>
        <translation>已记录为 %1。</translation>
    </message>
    <message>
        <source>Run CMDB Audit</source>
        <translation>运行配置审计</translation>
    </message>
    <message>
        <source>Compare an inventory that a discovery tool or a stock-take produced with the CMDB: what it did not find is missing, what the CMDB does not hold is not registered, and values that differ are mismatches. The result is kept as a CMDB audit record with its findings.</source>
        <translation>将发现工具或盘点生成的清单与 CMDB 进行比较：清单中未找到的为缺失，CMDB 中没有的为未登记，值不同的为不一致。结果将作为配置审计记录及其发现项保存。</translation>
    </message>
    <message>
        <source>&amp;Inventory (CSV):</source>
        <translation>清单（CSV）(&amp;I)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>映射：</translation>
    </message>
    <message>
        <source>The &amp;example: servers, virtual machines and switches by host name</source>
        <translation>示例(&amp;E)：按主机名匹配服务器、虚拟机和交换机</translation>
    </message>
    <message>
        <source>Columns &quot;Host name&quot;, &quot;Class&quot; (Server, VM or Switch), &quot;Model&quot;, &quot;Operating system&quot;, &quot;Cores&quot;, &quot;Memory GB&quot;, &quot;IP&quot;, &quot;Serial&quot; and &quot;Site&quot;</source>
        <translation>列“Host name”、“Class”（Server、VM 或 Switch）、“Model”、“Operating system”、“Cores”、“Memory GB”、“IP”、“Serial”和“Site”</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <source>Save the example mapping as a file to adapt to your inventory&apos;s columns</source>
        <translation>将示例映射保存为文件，以便根据您清单的列进行调整</translation>
    </message>
    <message>
        <source>A mapping &amp;file:</source>
        <translation>映射文件(&amp;F)：</translation>
    </message>
    <message>
        <source>JSON file saying which columns hold what</source>
        <translation>说明各列内容的 JSON 文件</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Run Audit</source>
        <translation>运行审计(&amp;R)</translation>
    </message>
</context>
<context>
    <name>sb::ui::CmdbFindingsView</name>
    <message>
        <source>Missing (%1)</source>
        <translation>缺失（%1）</translation>
    </message>
    <message>
        <source>In the CMDB, in use, but not found in the inventory</source>
        <translation>在 CMDB 中且正在使用，但在清单中未找到</translation>
    </message>
    <message>
        <source>Not registered (%1)</source>
        <translation>未登记（%1）</translation>
    </message>
    <message>
        <source>Found in the inventory but not held in the CMDB</source>
        <translation>在清单中找到，但 CMDB 中没有</translation>
    </message>
    <message>
        <source>Values that differ (%1)</source>
        <translation>值不一致（%1）</translation>
    </message>
    <message>
        <source>Found, but a value in the inventory differs from the CMDB&apos;s, or the CI is retired or disposed of</source>
        <translation>已找到，但清单中的某个值与 CMDB 中的不同，或该配置项已停用或已处置</translation>
    </message>
    <message>
        <source>Followed up by %1; double-click to open it</source>
        <translation>已由 %1 跟进；双击可打开</translation>
    </message>
    <message>
        <source>The inventory and the CMDB agree: no findings.</source>
        <translation>清单与 CMDB 一致：没有发现项。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 个发现项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n followed up.</source>
        <translation>
            <numerusform>，%n 个已跟进。</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating a task…</source>
        <translation>正在创建任务…</translation>
    </message>
    <message>
        <source>The finding was not followed up: %1</source>
        <translation>未跟进该发现项：%1</translation>
    </message>
    <message>
        <source>Task %1 follows up the finding.</source>
        <translation>任务 %1 正在跟进该发现项。</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>In the CMDB</source>
        <translation>CMDB 中的值</translation>
    </message>
    <message>
        <source>In the inventory</source>
        <translation>清单中的值</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>CI type</source>
        <translation>配置项类型</translation>
    </message>
    <message>
        <source>Follow Up as &amp;Task</source>
        <translation>作为任务跟进(&amp;T)</translation>
    </message>
    <message>
        <source>Create a task to resolve the selected finding, linked to this audit and to the CI</source>
        <translation>创建任务以解决所选发现项，并关联到此审计和该配置项</translation>
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
    <name>sb::ui::CreateProblemDialog</name>
    <message>
        <source>Create Problem from Incidents</source>
        <translation>从事件创建问题</translation>
    </message>
    <message numerus="yes">
        <source>A problem is logged and linked to the %n incident(s) below. Impact and urgency give its priority, as for incidents.</source>
        <translation>
            <numerusform>将记录一个问题，并关联到下面的 %n 个事件。与事件一样，由影响和紧急度确定其优先级。</numerusform>
        </translation>
    </message>
    <message>
        <source>login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Create Problem</source>
        <translation>创建问题</translation>
    </message>
    <message>
        <source>Recurring incidents: %1</source>
        <translation>反复发生的事件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with %1 &quot;%2&quot;</source>
        <translation>
            <numerusform>%1为“%2”的 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeated incidents from %1</source>
        <translation>来自 %1 的重复事件</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) raised by %1</source>
        <translation>
            <numerusform>由 %1 报告的 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Incidents reopened after their resolution: %1</source>
        <translation>解决后重新打开的事件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n reopened incident(s) with %1 &quot;%2&quot;</source>
        <translation>
            <numerusform>%1为“%2”的 %n 个重新打开的事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Found by the incident trends: %1 between %2 and %3 (window of %4 days, threshold %5).

Incidents: %6</source>
        <translation>由事件趋势发现：%2 至 %3 期间 %1（时间窗口 %4 天，阈值 %5）。

事件：%6</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>sb::ui::EscalateDialog</name>
    <message>
        <source>Escalate %1</source>
        <translation>升级 %1</translation>
    </message>
    <message>
        <source>Up to the manager of %1 (none recorded)</source>
        <translation>向上升级至 %1 的经理（未记录）</translation>
    </message>
    <message>
        <source>the assignment group</source>
        <translation>处理组</translation>
    </message>
    <message>
        <source>Up to %1, manager of %2</source>
        <translation>向上升级至 %2 的经理 %1</translation>
    </message>
    <message>
        <source>Up to the major incident manager (none named)</source>
        <translation>向上升级至重大事件经理（未指定）</translation>
    </message>
    <message>
        <source>Up to %1, the major incident manager</source>
        <translation>向上升级至重大事件经理 %1</translation>
    </message>
    <message>
        <source>Up to someone else:</source>
        <translation>向上升级至其他人：</translation>
    </message>
    <message>
        <source>To another group, which takes the ticket over:</source>
        <translation>转至另一个组，由其接管工单：</translation>
    </message>
    <message>
        <source>Assignee in that group (optional)</source>
        <translation>该组中的处理人（可选）</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Say why it is escalated.</source>
        <translation>请说明升级原因。</translation>
    </message>
    <message>
        <source>Name who to escalate to.</source>
        <translation>请指定升级对象。</translation>
    </message>
    <message>
        <source>Choose the group that takes the ticket over.</source>
        <translation>请选择接管工单的组。</translation>
    </message>
    <message>
        <source>The ticket is with that group already.</source>
        <translation>工单已在该组。</translation>
    </message>
</context>
<context>
    <name>sb::ui::IncidentPanel</name>
    <message>
        <source>My work</source>
        <translation>我的工作</translation>
    </message>
    <message>
        <source>Open tickets assigned to you</source>
        <translation>指派给你的未结工单</translation>
    </message>
    <message>
        <source>My group</source>
        <translation>我的组</translation>
    </message>
    <message>
        <source>Open tickets assigned to your groups: %1</source>
        <translation>指派给你所在组的未结工单：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>Open tickets nobody is assigned to</source>
        <translation>没有人负责的未结工单</translation>
    </message>
    <message>
        <source>Breaching soon</source>
        <translation>即将违约</translation>
    </message>
    <message>
        <source>Open tickets past their SLA warning threshold, or breached</source>
        <translation>已超过 SLA 预警阈值或已违约的未结工单</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Open major incidents</source>
        <translation>未结的重大事件</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未结</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Requests waiting for their approval</source>
        <translation>等待审批的请求</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Every ticket, closed ones too</source>
        <translation>所有工单，包括已关闭的</translation>
    </message>
    <message>
        <source>Tickets not yet closed, cancelled or rejected</source>
        <translation>尚未关闭、取消或拒绝的工单</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>Escalations nobody has taken up, P1 and P2 tickets overdue for an update to the customer, major incidents without their manager or with top management not told</source>
        <translation>无人接手的升级、逾期未告知客户的 P1 和 P2 工单、没有经理或尚未通报最高管理层的重大事件</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>指派…</translation>
    </message>
    <message>
        <source>Assign the selected tickets to a group and, if you like, a person</source>
        <translation>将所选工单指派给一个组，也可同时指派给某人</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <source>Resolve the selected incidents with one resolution</source>
        <translation>以同一解决方案解决所选事件</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>No workbook is open.</source>
        <translation>未打开工作簿。</translation>
    </message>
    <message>
        <source>Resolve Tickets</source>
        <translation>解决工单</translation>
    </message>
    <message>
        <source>Assign Tickets</source>
        <translation>指派工单</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets are selected; one bulk action takes at most %1.</source>
        <translation>
            <numerusform>已选择 %n 个工单；一次批量操作最多处理 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was assigned: %1</source>
        <translation>未指派任何工单：%1</translation>
    </message>
    <message>
        <source>Nothing was resolved: %1</source>
        <translation>未解决任何工单：%1</translation>
    </message>
</context>
<context>
    <name>sb::ui::KnowledgePanel</name>
    <message>
        <source>The new article</source>
        <translation>新文章</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1 有未保存的更改。先保存吗？</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save or revert them first.</source>
        <translation>%1 有未保存的更改。请先保存或还原。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Known errors whose workaround applies now</source>
        <translation>临时解决方法当前适用的已知错误</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Known errors no longer offered: fixed for good, or replaced</source>
        <translation>不再提供的已知错误：已彻底修复或已被取代</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Every known error</source>
        <translation>所有已知错误</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Approved articles, offered to agents and in search</source>
        <translation>已批准的文章，向服务台坐席提供并可被搜索</translation>
    </message>
    <message>
        <source>Drafts and in review</source>
        <translation>草稿和审核中</translation>
    </message>
    <message>
        <source>Articles being written, and those waiting for approval</source>
        <translation>正在撰写的文章以及等待批准的文章</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>待复审</translation>
    </message>
    <message>
        <source>Published articles whose review date has passed</source>
        <translation>已过复审日期的已发布文章</translation>
    </message>
    <message>
        <source>Every article, retired ones too</source>
        <translation>所有文章，包括已停用的</translation>
    </message>
</context>
<context>
    <name>sb::ui::KnownErrorListModel</name>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>How many incidents were worked around with this known error</source>
        <translation>使用此已知错误临时解决的事件数量</translation>
    </message>
</context>
<context>
    <name>sb::ui::KnownErrorView</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Select a known error to read its symptom, root cause and workaround.</source>
        <translation>选择一个已知错误以查看其症状、根本原因和临时解决方法。</translation>
    </message>
    <message>
        <source>Retired %1</source>
        <translation>停用于 %1</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>Identified %1</source>
        <translation>识别于 %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied to %n incident(s)</source>
        <translation>
            <numerusform>已应用于 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>From problem</source>
        <translation>来源问题</translation>
    </message>
    <message>
        <source>From problem %1 (not in this workbook)</source>
        <translation>来源问题 %1（不在此工作簿中）</translation>
    </message>
    <message>
        <source>Not known yet.</source>
        <translation>尚不清楚。</translation>
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
    <message>
        <source>Ticket sweep: %1 escalated by the rules, %2 closed after the auto-close period.</source>
        <translation>工单巡检：按规则升级 %1 个，超过自动关闭期限后关闭 %2 个。</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>管理(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;CMDB</source>
        <translation>CMDB(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Baselines…</source>
        <translation>基线(&amp;B)…</translation>
    </message>
    <message>
        <source>Run CMDB &amp;Audit…</source>
        <translation>运行配置审计(&amp;A)…</translation>
    </message>
    <message>
        <source>CI &amp;Types…</source>
        <translation>配置项类型(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Relationship Types…</source>
        <translation>关系类型(&amp;R)…</translation>
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
    <name>sb::ui::PriorityMatrixPage</name>
    <message>
        <source>A ticket&apos;s priority follows from its impact and urgency; 1 is the highest of each. A changed matrix applies to tickets whose impact or urgency changes from now on.</source>
        <translation>工单的优先级由其影响和紧急度决定；两者均以 1 为最高。修改后的矩阵仅适用于此后影响或紧急度发生变化的工单。</translation>
    </message>
    <message>
        <source>&amp;Impact levels:</source>
        <translation>影响级别(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Urgency levels:</source>
        <translation>紧急度级别(&amp;U)：</translation>
    </message>
    <message>
        <source>Priority by impact (down) and urgency (across)</source>
        <translation>按影响（纵向）和紧急度（横向）确定的优先级</translation>
    </message>
    <message>
        <source>Urgency %1</source>
        <translation>紧急度 %1</translation>
    </message>
    <message>
        <source>Impact %1</source>
        <translation>影响 %1</translation>
    </message>
    <message>
        <source>Priority for impact %1 and urgency %2</source>
        <translation>影响 %1、紧急度 %2 对应的优先级</translation>
    </message>
    <message>
        <source>Priority matrix</source>
        <translation>优先级矩阵</translation>
    </message>
</context>
<context>
    <name>sb::ui::ProblemIncidentsView</name>
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
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Once the problem is saved, the incidents linked to it show here.</source>
        <translation>问题保存后，与其关联的事件将显示在此处。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No incident is linked to this problem yet.</source>
        <translation>尚无事件关联到此问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) linked. Whether the fix holds is checked once the problem is resolved.</source>
        <translation>
            <numerusform>已关联 %n 个事件。问题解决后将检查修复是否有效。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for incidents that came back after the fix…</source>
        <translation>正在查找修复后再次出现的事件…</translation>
    </message>
    <message>
        <source>Whether the fix held could not be checked: %1</source>
        <translation>无法检查修复是否有效：%1</translation>
    </message>
    <message>
        <source>Recurred after the fix: %1.</source>
        <translation>修复后复发：%1。</translation>
    </message>
    <message>
        <source>Recurred: %1 after the fix on %2.</source>
        <translation>复发：%1，发生在 %2 的修复之后。</translation>
    </message>
    <message>
        <source>came back after the fix</source>
        <translation>修复后再次出现</translation>
    </message>
    <message>
        <source>No recurrence since the fix.</source>
        <translation>修复后未复发。</translation>
    </message>
    <message>
        <source>No recurrence since the fix on %1.</source>
        <translation>自 %1 修复后未复发。</translation>
    </message>
    <message>
        <source>Time to root cause: %1.</source>
        <translation>找到根本原因用时：%1。</translation>
    </message>
    <message>
        <source>Time to resolution: %1.</source>
        <translation>解决用时：%1。</translation>
    </message>
</context>
<context>
    <name>sb::ui::ProblemPanel</name>
    <message>
        <source>My problems</source>
        <translation>我的问题</translation>
    </message>
    <message>
        <source>Open problems you manage or are assigned to</source>
        <translation>由您管理或分配给您的未结问题</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Problems not yet closed or cancelled</source>
        <translation>尚未关闭或取消的问题</translation>
    </message>
    <message>
        <source>Known errors pending fix</source>
        <translation>待修复的已知错误</translation>
    </message>
    <message>
        <source>Problems whose root cause or workaround is known and whose fix is still to come</source>
        <translation>已知根本原因或临时解决方法、但尚待修复的问题</translation>
    </message>
    <message>
        <source>Recurred</source>
        <translation>已复发</translation>
    </message>
    <message>
        <source>Resolved problems whose incidents came back after the fix</source>
        <translation>修复后其事件再次出现的已解决问题</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Every problem, closed and cancelled ones too</source>
        <translation>所有问题，包括已关闭和已取消的</translation>
    </message>
</context>
<context>
    <name>sb::ui::RcaEditor</name>
    <message>
        <source>The stored chain of causes cannot be read: %1 Editing the table here replaces it.</source>
        <translation>无法读取已存储的原因链：%1 在此编辑表格将替换它。</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>无时间</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose how the analysis is made; the table follows the method.</source>
        <translation>选择分析方法；表格随方法变化。</translation>
    </message>
    <message>
        <source>Because…</source>
        <translation>因为……</translation>
    </message>
    <message>
        <source>Ask &quot;why?&quot; of the problem, then of each answer, until the answer is something you can fix: that is the root cause.</source>
        <translation>针对问题问“为什么？”，再针对每个回答继续追问，直到答案是可以修复的事情：那就是根本原因。</translation>
    </message>
    <message>
        <source>Put each possible cause under a bone of the diagram, then mark the one that is the root cause.</source>
        <translation>将每个可能的原因放在图的一根鱼骨下，然后标记出根本原因。</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>List what happened in order, with when; mark the event that set the problem off.</source>
        <translation>按顺序列出发生的事情及其时间；标记引发问题的那一项。</translation>
    </message>
    <message>
        <source>List the causes found, then mark the one that is the root cause.</source>
        <translation>列出找到的原因，然后标记出根本原因。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>%1. Why?</source>
        <translation>%1. 为什么？</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation>添加条目(&amp;A)</translation>
    </message>
    <message>
        <source>Add an entry at the end of the chain of causes</source>
        <translation>在原因链末尾添加一个条目</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>促成因素</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>临时解决方法</translation>
    </message>
    <message>
        <source>What made the problem likelier or worse, without causing it</source>
        <translation>使问题更可能发生或更严重、但并非其原因的因素</translation>
    </message>
    <message>
        <source>Left empty, the entry marked as the root cause fills it when saved</source>
        <translation>留空时，保存时将以标记为根本原因的条目填充</translation>
    </message>
    <message>
        <source>What to do until the fix; recorded as a known error, it reaches the people working incidents</source>
        <translation>修复之前的应对措施；记录为已知错误后，处理事件的人员即可看到</translation>
    </message>
    <message>
        <source>Double-click or type to edit an entry; tick the entry that is the root cause</source>
        <translation>双击或直接输入以编辑条目；勾选作为根本原因的条目</translation>
    </message>
</context>
<context>
    <name>sb::ui::RecordEditCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
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
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>from impact and urgency, when saved</source>
        <translation>保存时按影响和紧急度确定</translation>
    </message>
    <message>
        <source>Left empty, the priority follows from impact and urgency by the priority matrix. A priority that differs from it needs a priority override reason.</source>
        <translation>留空时，优先级按优先级矩阵由影响和紧急度决定。与矩阵不同的优先级需要填写优先级覆盖原因。</translation>
    </message>
    <message>
        <source>update to the customer</source>
        <translation>客户通报</translation>
    </message>
    <message>
        <source>work note</source>
        <translation>工作备注</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>escalation taken up</source>
        <translation>升级已接手</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Timeline (%1 for attention)</source>
        <translation>时间线（%1 项需关注）</translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation>事件（%1）</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Root cause analysis</source>
        <translation>根本原因分析</translation>
    </message>
    <message>
        <source>How the root cause was found: the method, the chain of causes, contributing factors, the root cause and the workaround</source>
        <translation>根本原因是如何找到的：方法、原因链、促成因素、根本原因和临时解决方法</translation>
    </message>
    <message>
        <source>The incidents behind this problem, and whether they came back after the fix</source>
        <translation>此问题背后的事件，以及它们在修复后是否再次出现</translation>
    </message>
    <message>
        <source>Known errors and knowledge articles that match this ticket, then records whose text is like it: how they were resolved may help with this one</source>
        <translation>与此工单匹配的已知错误和知识文章，以及文本相似的记录：它们的解决方式可能对此工单有帮助</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <source>Hand the problem to another group, or take it up to a manager</source>
        <translation>将问题转交给其他组，或上报给经理</translation>
    </message>
    <message>
        <source>Known errors (%1) and similar</source>
        <translation>已知错误（%1）及相似记录</translation>
    </message>
    <message>
        <source>Known errors and similar</source>
        <translation>已知错误及相似记录</translation>
    </message>
    <message>
        <source>Applying the workaround of %1…</source>
        <translation>正在应用 %1 的临时解决方法…</translation>
    </message>
    <message>
        <source>The workaround of %1 was not applied: %2</source>
        <translation>未应用 %1 的临时解决方法：%2</translation>
    </message>
    <message>
        <source>Applied the workaround of %1: it is linked to %2 and written as a work note.</source>
        <translation>已应用 %1 的临时解决方法：已关联到 %2 并写入工作备注。</translation>
    </message>
    <message>
        <source>the incident</source>
        <translation>该事件</translation>
    </message>
    <message>
        <source>Escalated to the group %1.</source>
        <translation>已升级到处理组 %1。</translation>
    </message>
    <message>
        <source>Escalated to %1.</source>
        <translation>已升级给 %1。</translation>
    </message>
    <message>
        <source>Relationships (%1)</source>
        <translation>关系（%1）</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>发现项（%1）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现项</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>What the audit found: CIs missing from the inventory, things not registered in the CMDB, values that differ</source>
        <translation>审计的发现：清单中缺失的配置项、未在 CMDB 中登记的项目、值不一致的项</translation>
    </message>
    <message>
        <source>What a failure of this CI reaches, and what it needs</source>
        <translation>此配置项的故障会波及哪些内容，以及它依赖哪些内容</translation>
    </message>
    <message>
        <source>In this computer&apos;s local time</source>
        <translation>使用本机的本地时间</translation>
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
    <name>sb::ui::RecordTransitionCommand</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>将 %1 转为 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a lifecycle step, then a record: Resolve INC-42</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::RelationTypesPage</name>
    <message>
        <source>How CIs relate: each relationship type says which way a failure travels along it, for impact analysis, and which CI types its two ends may have. The shipped types keep their names but may join more CI types, such as types of your own.</source>
        <translation>配置项之间如何关联：每种关系类型说明故障沿其传播的方向（用于影响分析），以及其两端可以是哪些配置项类型。内置类型保留其名称，但可以连接更多配置项类型，例如您自己添加的类型。</translation>
    </message>
    <message>
        <source>Relationship types</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <source>Add &amp;Relationship Type</source>
        <translation>添加关系类型(&amp;R)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Selected relationship type</source>
        <translation>所选关系类型</translation>
    </message>
    <message>
        <source>e.g. backs_up</source>
        <translation>例如 backs_up</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and &quot;_&quot;, beginning with a letter; it cannot change once saved</source>
        <translation>小写字母、数字和“_”，以字母开头；保存后不能更改</translation>
    </message>
    <message>
        <source>e.g. backs up</source>
        <translation>例如 备份</translation>
    </message>
    <message>
        <source>Read from the source: &quot;backup-01 backs up db-01&quot;</source>
        <translation>从源读起：“backup-01 备份 db-01”</translation>
    </message>
    <message>
        <source>e.g. backed up by</source>
        <translation>例如 被备份于</translation>
    </message>
    <message>
        <source>Read from the target: &quot;db-01 backed up by backup-01&quot;</source>
        <translation>从目标读起：“db-01 被备份于 backup-01”</translation>
    </message>
    <message>
        <source>Which way impact analysis follows this relationship when a CI fails</source>
        <translation>配置项发生故障时，影响分析沿此关系传播的方向</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>Re&amp;verse label:</source>
        <translation>反向标签(&amp;V)：</translation>
    </message>
    <message>
        <source>A &amp;failure travels:</source>
        <translation>故障传播方向(&amp;F)：</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>使用情况：</translation>
    </message>
    <message>
        <source>&amp;Source may be:</source>
        <translation>源可以是(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Target may be:</source>
        <translation>目标可以是(&amp;T)：</translation>
    </message>
    <message>
        <source>With no CI type ticked, an end may be any CI.</source>
        <translation>未勾选任何配置项类型时，该端可以是任意配置项。</translation>
    </message>
    <message>
        <source>(new relationship type)</source>
        <translation>（新关系类型）</translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n 个关系</numerusform>
        </translation>
    </message>
    <message>
        <source>A shipped relationship type stays</source>
        <translation>内置关系类型不能删除</translation>
    </message>
    <message>
        <source>Relationships of this type exist; remove them first</source>
        <translation>已存在此类型的关系；请先删除它们</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a relationship type&apos;s code: use lower-case letters, digits and _, starting with a letter, at most 40.</source>
        <translation>“%1”不能作为关系类型的代码：请使用小写字母、数字和 _，以字母开头，最多 40 个字符。</translation>
    </message>
    <message>
        <source>Two relationship types have the code &quot;%1&quot;.</source>
        <translation>两个关系类型的代码都是“%1”。</translation>
    </message>
    <message>
        <source>The relationship type &quot;%1&quot; needs a label each way.</source>
        <translation>关系类型“%1”需要两个方向的标签。</translation>
    </message>
</context>
<context>
    <name>sb::ui::RequestCataloguePage</name>
    <message>
        <source>The types of service request the desk offers. Requests name their type by its code; those already raised keep the code they name.</source>
        <translation>服务台提供的服务请求类型。请求通过代码引用其类型；已提交的请求保留其引用的代码。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Fulfilment tasks</source>
        <translation>履行任务</translation>
    </message>
    <message>
        <source>Time allowed</source>
        <translation>允许时长</translation>
    </message>
    <message>
        <source>Request types</source>
        <translation>请求类型</translation>
    </message>
    <message>
        <source>&amp;Add Type</source>
        <translation>添加类型(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected type (Delete). Requests already raised keep its code.</source>
        <translation>移除所选类型（Delete）。已提交的请求保留其代码。</translation>
    </message>
    <message>
        <source>Selected request type</source>
        <translation>所选请求类型</translation>
    </message>
    <message>
        <source>e.g. new_laptop</source>
        <translation>例如 new_laptop</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, &quot;_&quot; and &quot;-&quot;, beginning with a letter</source>
        <translation>小写字母、数字、“_”和“-”，以字母开头</translation>
    </message>
    <message>
        <source>Needs appro&amp;val before fulfilment</source>
        <translation>履行前需要审批(&amp;V)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>as the SLA says</source>
        <translation>按 SLA 规定</translation>
    </message>
    <message>
        <source>Working hours allowed to fulfil a request of this type; at 0 the SLA definitions decide.</source>
        <translation>履行此类型请求允许的工作小时数；为 0 时由 SLA 定义决定。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Time allowed:</source>
        <translation>允许时长(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Fulfilment tasks, one per line:</source>
        <translation>履行任务，每行一个(&amp;F)：</translation>
    </message>
    <message>
        <source>Request catalogue</source>
        <translation>请求目录</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Two request types have the code %1.</source>
        <translation>有两个请求类型的代码都是 %1。</translation>
    </message>
    <message>
        <source>New request type</source>
        <translation>新请求类型</translation>
    </message>
    <message>
        <source>The request type %1 is removed when you save.</source>
        <translation>请求类型 %1 将在保存时移除。</translation>
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
    <message>
        <source>Search every record (Ctrl+Shift+F): words, prefix*, &quot;a phrase&quot;, 中文</source>
        <translation>搜索所有记录（Ctrl+Shift+F）：词语、前缀*、&quot;短语&quot;、中文</translation>
    </message>
</context>
<context>
    <name>sb::ui::SlaClockView</name>
    <message>
        <source>Clock</source>
        <translation>计时</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Ticket state</source>
        <translation>工单状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>The SLA clocks start when the ticket is saved.</source>
        <translation>工单保存后 SLA 开始计时。</translation>
    </message>
    <message>
        <source>No SLA applies: no active SLA definition matches this ticket&apos;s type, priority, service and customer.</source>
        <translation>没有适用的 SLA：没有有效的 SLA 定义与此工单的类型、优先级、服务和客户匹配。</translation>
    </message>
    <message>
        <source>respond within %1</source>
        <translation>在 %1 内响应</translation>
    </message>
    <message>
        <source>resolve within %1</source>
        <translation>在 %1 内解决</translation>
    </message>
    <message>
        <source>%1: %2 of working time by the calendar &quot;%3&quot;; warning at %4 %.</source>
        <translation>%1：按日历“%3”计 %2 工作时间；%4 % 时预警。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>breached at %1, %2 over</source>
        <translation>于 %1 违约，超出 %2</translation>
    </message>
    <message>
        <source>met, %1 to spare</source>
        <translation>已达成，富余 %1</translation>
    </message>
    <message>
        <source>paused, %1 of working time left</source>
        <translation>已暂停，剩余工作时间 %1</translation>
    </message>
    <message>
        <source>breaching soon, %1 of working time left, due %2</source>
        <translation>即将违约，剩余工作时间 %1，到期 %2</translation>
    </message>
    <message>
        <source>running, %1 of working time left, due %2</source>
        <translation>计时中，剩余工作时间 %1，到期 %2</translation>
    </message>
    <message>
        <source>%1: %2; %3 of %4 counted.</source>
        <translation>%1：%2；已计 %3 / %4。</translation>
    </message>
    <message>
        <source>running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>The target ran out in this stretch, at %1.</source>
        <translation>目标时间在这一段内用尽，时间为 %1。</translation>
    </message>
    <message>
        <source>The warning threshold was crossed in this stretch, at %1.</source>
        <translation>在这一段内越过预警阈值，时间为 %1。</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
</context>
<context>
    <name>sb::ui::SlaDefinitionPage</name>
    <message>
        <source>The most specific active definition that matches a ticket&apos;s type, priority, service and customer measures it. Targets are working time on the definition&apos;s calendar.</source>
        <translation>与工单的类型、优先级、服务和客户匹配且最具体的有效定义将用于计量该工单。目标按定义所用日历的工作时间计算。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>SLA definitions</source>
        <translation>SLA 定义</translation>
    </message>
    <message>
        <source>&amp;Add Definition</source>
        <translation>添加定义(&amp;A)</translation>
    </message>
    <message>
        <source>Selected definition</source>
        <translation>所选定义</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>any service</source>
        <translation>任意服务</translation>
    </message>
    <message>
        <source>any customer</source>
        <translation>任意客户</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Applies &amp;to:</source>
        <translation>适用于(&amp;T)：</translation>
    </message>
    <message>
        <source>Serv&amp;ice:</source>
        <translation>服务(&amp;I)：</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Hours and minutes of working time, such as 4:00 or 0:15</source>
        <translation>工作时间的小时和分钟，例如 4:00 或 0:15</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>A ticket is &quot;breaching soon&quot; once this share of its target has passed.</source>
        <translation>目标时间过去这一比例后，工单即为“即将违约”。</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>启用(&amp;V)</translation>
    </message>
    <message>
        <source>An inactive definition measures no ticket; tickets it measured before keep their history.</source>
        <translation>停用的定义不计量任何工单；之前由其计量的工单保留历史记录。</translation>
    </message>
    <message>
        <source>&amp;Response within (h:mm):</source>
        <translation>响应时限（h:mm）(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;solution within (h:mm):</source>
        <translation>解决时限（h:mm）(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>日历(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Warning at:</source>
        <translation>预警阈值(&amp;W)：</translation>
    </message>
    <message>
        <source>Response clock runs in:</source>
        <translation>响应计时运行的状态：</translation>
    </message>
    <message>
        <source>Clocks pause in:</source>
        <translation>计时暂停的状态：</translation>
    </message>
    <message>
        <source>Resolution clock stops in:</source>
        <translation>解决计时停止的状态：</translation>
    </message>
    <message>
        <source>calendar %1</source>
        <translation>日历 %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>An SLA definition needs a name.</source>
        <translation>SLA 定义需要名称。</translation>
    </message>
    <message>
        <source>The response target of &quot;%1&quot; is not hours and minutes: &quot;%2&quot;. Write it as 4:00 or 0:15.</source>
        <translation>“%1”的响应目标不是小时和分钟格式：“%2”。请写成 4:00 或 0:15。</translation>
    </message>
    <message>
        <source>The resolution target of &quot;%1&quot; is not hours and minutes: &quot;%2&quot;. Write it as 24:00 or 8:30.</source>
        <translation>“%1”的解决目标不是小时和分钟格式：“%2”。请写成 24:00 或 8:30。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a response or a resolution target.</source>
        <translation>“%1”需要响应目标或解决目标。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a calendar.</source>
        <translation>“%1”需要日历。</translation>
    </message>
    <message>
        <source>New SLA</source>
        <translation>新建 SLA</translation>
    </message>
</context>
<context>
    <name>sb::ui::SuggestionPane</name>
    <message>
        <source>Known errors and articles (%1)</source>
        <translation>已知错误和文章（%1）</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>the category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>the CI</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Known error</source>
        <translation>已知错误</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Matches this incident by %1.</source>
        <translation>按%1与此事件匹配。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Recorded from problem %1.</source>
        <translation>记录自问题 %1。</translation>
    </message>
    <message>
        <source>Double-click to open it.</source>
        <translation>双击打开。</translation>
    </message>
    <message>
        <source>No known error or article matches this incident yet.</source>
        <translation>尚无与此事件匹配的已知错误或文章。</translation>
    </message>
    <message>
        <source>Similar records (%1)</source>
        <translation>相似记录（%1）</translation>
    </message>
    <message>
        <source>Nothing similar found.</source>
        <translation>未找到相似记录。</translation>
    </message>
    <message>
        <source>No workaround recorded yet.</source>
        <translation>尚未记录临时解决方法。</translation>
    </message>
    <message>
        <source>Workaround: %1</source>
        <translation>临时解决方法：%1</translation>
    </message>
    <message>
        <source>Apply workaround</source>
        <translation>应用临时解决方法</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>Link %1 to this incident and write its workaround as a work note</source>
        <translation>将 %1 关联到此事件，并将其临时解决方法写入工作备注</translation>
    </message>
    <message>
        <source>Save the incident first; then the workaround can be applied to it</source>
        <translation>请先保存事件，然后才能对其应用临时解决方法</translation>
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
        <source>Kind or state</source>
        <translation>种类或状态</translation>
    </message>
</context>
<context>
    <name>sb::ui::TicketListModel</name>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Time left to resolve, by the ticket&apos;s SLA</source>
        <translation>按工单 SLA 计算的剩余解决时间</translation>
    </message>
</context>
<context>
    <name>sb::ui::TicketTimeline</name>
    <message>
        <source>Take up</source>
        <translation>接手</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>需关注：</translation>
    </message>
    <message>
        <source>The update to the customer was added.</source>
        <translation>已添加客户通报。</translation>
    </message>
    <message>
        <source>The work note was added.</source>
        <translation>已添加工作备注。</translation>
    </message>
    <message>
        <source>Escalated to the group %1.</source>
        <translation>已升级到组 %1。</translation>
    </message>
    <message>
        <source>Escalated.</source>
        <translation>已升级。</translation>
    </message>
    <message>
        <source>You took the escalation up.</source>
        <translation>你已接手该升级。</translation>
    </message>
    <message>
        <source>Write an update; Ctrl+Enter adds it. Work notes stay inside the team.</source>
        <translation>撰写更新；按 Ctrl+Enter 添加。工作备注仅在团队内部可见。</translation>
    </message>
    <message>
        <source>&amp;Visible to the customer</source>
        <translation>对客户可见(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Add update</source>
        <translation>添加更新(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>升级(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>sb::ui::TrendPanel</name>
    <message>
        <source>Counting incidents…</source>
        <translation>正在统计事件…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The trends could not be read: %1</source>
        <translation>无法读取趋势：%1</translation>
    </message>
    <message>
        <source>No incidents in these weeks</source>
        <translation>这几周内没有事件</translation>
    </message>
    <message>
        <source>Incidents per week by %1</source>
        <translation>按%1统计的每周事件数</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of a week on the trend chart</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>★ %1</source>
        <comment>a candidate&apos;s line in the chart&apos;s legend</comment>
        <translation>★ %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, week of %2: %n incident(s)</source>
        <translation>
            <numerusform>%1，%2 当周：%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in the last %1 days: groups of at least %2 incidents, repeat callers, reopened incidents</source>
        <translation>
            <numerusform>最近 %1 天内有 %n 个候选问题：至少 %2 个事件的分组、重复报告人、重新打开的事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a candidate to see its incidents.</source>
        <translation>选择一个候选问题以查看其事件。</translation>
    </message>
    <message>
        <source>Reading the incidents…</source>
        <translation>正在读取事件…</translation>
    </message>
    <message>
        <source>The incidents could not be read: %1</source>
        <translation>无法读取事件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n reopened incident(s) of “%1”</source>
        <translation>
            <numerusform>“%1”的 %n 个重新打开的事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) behind “%1”</source>
        <translation>
            <numerusform>“%1”背后的 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>(the newest %1 of %2)</source>
        <translation>（%2 个中最新的 %1 个）</translation>
    </message>
    <message>
        <source>Creating the problem…</source>
        <translation>正在创建问题…</translation>
    </message>
    <message>
        <source>The problem was not created: %1</source>
        <translation>未创建问题：%1</translation>
    </message>
    <message>
        <source>Create Problem</source>
        <translation>创建问题</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 from %n incident(s).</source>
        <translation>
            <numerusform>已从 %n 个事件创建 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>分组依据(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>时间窗口(&amp;W)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>The sliding window candidates are counted in, up to today</source>
        <translation>统计候选问题所用的滑动时间窗口，截至今天</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>阈值(&amp;T)：</translation>
    </message>
    <message>
        <source>A group with this many incidents in the window is a candidate</source>
        <translation>在时间窗口内事件数达到此值的分组即为候选问题</translation>
    </message>
    <message>
        <source>Wee&amp;ks shown:</source>
        <translation>显示周数(&amp;K)：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Count again now</source>
        <translation>立即重新统计</translation>
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
        <source>Opened</source>
        <translation>打开时间</translation>
    </message>
    <message>
        <source>Create Problem from These Incidents…</source>
        <translation>从这些事件创建问题…</translation>
    </message>
    <message>
        <source>Log a problem and link every incident listed to it</source>
        <translation>记录一个问题，并将列出的所有事件关联到该问题</translation>
    </message>
</context>
<context>
    <name>sb::ui::UndoActions</name>
    <message>
        <source>Undone: %1</source>
        <translation>已撤消：%1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>Can&apos;t &amp;Undo %1</source>
        <translation>无法撤消 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤消 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Undo and Redo</source>
        <translation>撤消和重做</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkbookDocument</name>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2 Nothing was changed.</source>
        <translation>无法撤消“%1”：%2 未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2 Nothing was changed.</source>
        <translation>无法重做“%1”：%2 未做任何更改。</translation>
    </message>
</context>
</TS>
