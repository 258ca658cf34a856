<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CopyEditorPane</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Bullet points</source>
        <translation>卖点要点</translation>
    </message>
    <message>
        <source>SEO title</source>
        <translation>SEO 标题</translation>
    </message>
    <message>
        <source>SEO description</source>
        <translation>SEO 描述</translation>
    </message>
    <message>
        <source>Search terms</source>
        <translation>搜索关键词</translation>
    </message>
    <message>
        <source>Amazon</source>
        <translation>亚马逊</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation>淘宝</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>read failed</source>
        <translation>读取失败</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>cannot read (it is a folder)</source>
        <translation>无法读取（这是一个文件夹）</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>无法创建文件：%1</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>cannot close: %1</source>
        <translation>无法关闭：%1</translation>
    </message>
    <message>
        <source>cannot move into place: %1</source>
        <translation>无法移动到目标位置：%1</translation>
    </message>
    <message>
        <source>%1 (the disk is full; nothing was written under this name)</source>
        <translation>%1（磁盘已满；未以此名称写入任何内容）</translation>
    </message>
    <message>
        <source>write after the file was closed</source>
        <translation>在文件关闭后写入</translation>
    </message>
    <message>
        <source>commit after the file was closed</source>
        <translation>在文件关闭后提交写入</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <source>cannot create folder: %1</source>
        <translation>无法创建文件夹：%1</translation>
    </message>
    <message>
        <source>not UTF-8 text (save the file as UTF-8)</source>
        <translation>不是 UTF-8 文本（请将文件另存为 UTF-8 编码）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file has a header but no products</source>
        <translation>文件只有表头，没有商品</translation>
    </message>
    <message>
        <source>ICU cannot convert GB18030: %1</source>
        <translation>ICU 无法转换 GB18030：%1</translation>
    </message>
    <message>
        <source>binary data (a NUL byte), not a text file</source>
        <translation>是二进制数据（含有 NUL 字节），不是文本文件</translation>
    </message>
    <message>
        <source>invalid UTF-8: choose the GB18030 encoding if the file comes from a Chinese system</source>
        <translation>无效的 UTF-8：如果文件来自中文系统，请选择 GB18030 编码</translation>
    </message>
    <message>
        <source>invalid GB18030 bytes (%1)</source>
        <translation>无效的 GB18030 字节（%1）</translation>
    </message>
    <message>
        <source>unterminated quoted field (a '"' is never closed)</source>
        <translation>带引号的字段未结束（有一个 '"' 始终没有闭合）</translation>
    </message>
    <message>
        <source>no column holds the SKU or handle (expected a header such as sku, handle, 货号 or 编码)</source>
        <translation>没有包含 SKU 或 handle 的列（表头应为 sku、handle、货号或编码等）</translation>
    </message>
    <message>
        <source>the SKU column "%1" is not in the header</source>
        <translation>SKU 列“%1”不在表头中</translation>
    </message>
    <message>
        <source>the row has no SKU (column "%1" is empty)</source>
        <translation>该行没有 SKU（“%1”列为空）</translation>
    </message>
    <message>
        <source>no Handle (or URL handle) column: not a Shopify product CSV</source>
        <translation>没有 Handle（或 URL handle）列：这不是 Shopify 商品 CSV</translation>
    </message>
    <message>
        <source>the row has no handle</source>
        <translation>该行没有 handle</translation>
    </message>
    <message>
        <source>no SKU or ID column: not a WooCommerce product CSV</source>
        <translation>没有 SKU 或 ID 列：这不是 WooCommerce 商品 CSV</translation>
    </message>
    <message>
        <source>the row has neither a SKU nor an ID</source>
        <translation>该行既没有 SKU，也没有 ID</translation>
    </message>
    <message>
        <source>the variation "%1" names no Parent</source>
        <translation>规格“%1”没有指定 Parent</translation>
    </message>
    <message>
        <source>the variation's Parent "%1" is neither in the file nor in the catalog</source>
        <translation>规格的 Parent“%1”既不在文件中，也不在商品目录中</translation>
    </message>
    <message>
        <source>the array holds a %1, not a product object</source>
        <translation>数组中包含 %1，而不是商品对象</translation>
    </message>
    <message>
        <source>"%1" holds something other than objects</source>
        <translation>“%1”中包含对象以外的内容</translation>
    </message>
    <message>
        <source>expected an array of product objects</source>
        <translation>应为商品对象数组</translation>
    </message>
    <message>
        <source>a product must be a JSON object</source>
        <translation>商品必须是 JSON 对象</translation>
    </message>
    <message>
        <source>each of "%1" must be an object</source>
        <translation>“%1”中的每一项都必须是对象</translation>
    </message>
    <message>
        <source>the product has no SKU (expected a key such as sku, handle, 货号 or 编码)</source>
        <translation>商品没有 SKU（应有 sku、handle、货号或编码等键）</translation>
    </message>
    <message>
        <source>cannot open database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>the database was written by a newer Copydesk (schema %1)</source>
        <translation>该数据库由更新版本的 Copydesk 写入（结构版本 %1）</translation>
    </message>
    <message>
        <source>%1 (while %2)</source>
        <translation>%1（操作：%2）</translation>
    </message>
    <message>
        <source>the disk is full (or a file size limit was reached); nothing was written half, free some space and try again (while %2)</source>
        <translation>磁盘已满（或已达到文件大小上限）；没有写入不完整的数据，请释放一些空间后重试（操作：%2）</translation>
    </message>
    <message>
        <source>the database file is damaged (%1); nothing was changed, use a backup (while %2)</source>
        <translation>数据库文件已损坏（%1）；未做任何更改，请使用备份（操作：%2）</translation>
    </message>
    <message>
        <source>this is not a Copydesk database, or it is damaged (%1); the file was not changed (while %2)</source>
        <translation>这不是 Copydesk 数据库，或者文件已损坏（%1）；文件未被更改（操作：%2）</translation>
    </message>
    <message>
        <source>the database is read-only (%1) (while %2)</source>
        <translation>数据库为只读（%1）（操作：%2）</translation>
    </message>
    <message>
        <source>another program holds a lock on the database and did not let go (%1); close it, or wait until it has finished, and try again (while %2)</source>
        <translation>另一个程序锁定了数据库且未释放（%1）；请关闭该程序或等待其完成后重试（操作：%2）</translation>
    </message>
    <message>
        <source>the database file could not be read or written (%1) (while %2)</source>
        <translation>无法读写数据库文件（%1）（操作：%2）</translation>
    </message>
    <message>
        <source>cannot read the database file: %1</source>
        <translation>无法读取数据库文件：%1</translation>
    </message>
    <message>
        <source>this is not a database (not an SQLite file), or its beginning is damaged; the file was not changed</source>
        <translation>这不是数据库（不是 SQLite 文件），或者文件开头已损坏；文件未被更改</translation>
    </message>
    <message>
        <source>the database file is truncated (%1 bytes of %2): it was cut short, e.g. by a copy that did not finish; the file was not changed. Use a backup</source>
        <translation>数据库文件不完整（%1 / %2 字节）：文件被截断，例如复制未完成；文件未被更改。请使用备份</translation>
    </message>
    <message>
        <source>the database file is read-only; Copydesk needs to write to it (check its permissions)</source>
        <translation>数据库文件为只读；Copydesk 需要写入该文件（请检查其权限）</translation>
    </message>
    <message>
        <source>the folder holding the database is read-only; Copydesk needs to create its -wal and -shm files beside it</source>
        <translation>数据库所在的文件夹为只读；Copydesk 需要在数据库旁创建 -wal 和 -shm 文件</translation>
    </message>
    <message>
        <source>this is a folder, not a database file</source>
        <translation>这是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>the database can only be opened read-only (a read-only file or file system); Copydesk needs to write to it</source>
        <translation>数据库只能以只读方式打开（文件或文件系统为只读）；Copydesk 需要写入数据库</translation>
    </message>
    <message>
        <source>cannot write the copy to disk: %1</source>
        <translation>无法将备份写入磁盘：%1</translation>
    </message>
    <message>
        <source>the copy did not pass SQLite's check: %1</source>
        <translation>备份未通过 SQLite 检查：%1</translation>
    </message>
    <message>
        <source>this is a folder; name the file to write</source>
        <translation>这是文件夹；请指定要写入的文件名</translation>
    </message>
    <message>
        <source>this is the database being backed up</source>
        <translation>这正是要备份的数据库</translation>
    </message>
    <message>
        <source>the file already exists; nothing was written</source>
        <translation>文件已存在；未写入任何内容</translation>
    </message>
    <message>
        <source>cannot create the copy: %1</source>
        <translation>无法创建备份：%1</translation>
    </message>
    <message>
        <source>cannot move the copy into place: %1</source>
        <translation>无法将备份移动到目标位置：%1</translation>
    </message>
    <message>
        <source>commit without an open transaction</source>
        <translation>没有已打开的事务，无法提交（commit）</translation>
    </message>
    <message>
        <source>%1 (migration to schema %2)</source>
        <translation>%1（迁移到结构版本 %2 时）</translation>
    </message>
    <message>
        <source>no draft with id %1</source>
        <translation>没有 ID 为 %1 的草稿</translation>
    </message>
    <message>
        <source>draft %1 no longer exists</source>
        <translation>草稿 %1 已不存在</translation>
    </message>
    <message>
        <source>a saved draft could not be read back</source>
        <translation>无法读回已保存的草稿</translation>
    </message>
    <message>
        <source>product %1, field %2: this batch slot already has a draft</source>
        <translation>商品 %1，字段 %2：批量任务中的这一条目已有草稿</translation>
    </message>
    <message>
        <source>a product needs a SKU or handle</source>
        <translation>商品需要 SKU 或 handle</translation>
    </message>
    <message>
        <source>product %1 is no longer in the catalog</source>
        <translation>商品 %1 已不在商品目录中</translation>
    </message>
    <message>
        <source>no batch with id %1</source>
        <translation>没有 ID 为 %1 的批量任务</translation>
    </message>
    <message>
        <source>a template needs a name</source>
        <translation>模板需要名称</translation>
    </message>
    <message>
        <source>a preset needs a name</source>
        <translation>预设需要名称</translation>
    </message>
    <message>
        <source>variable preset '%1': a preset's variables must be a JSON object</source>
        <translation>变量预设“%1”：预设的变量必须是 JSON 对象</translation>
    </message>
    <message>
        <source>variable preset '%1': the stored variables are not a JSON object</source>
        <translation>变量预设“%1”：已保存的变量不是 JSON 对象</translation>
    </message>
    <message>
        <source>draft %1: cannot submit blank text</source>
        <translation>草稿 %1：不能提交空白文本</translation>
    </message>
    <message>
        <source>draft %1: cannot submit: it is %2 (only draft or rejected text is submitted)</source>
        <translation>草稿 %1：无法提交：当前状态为“%2”（只能提交草稿或已驳回的文本）</translation>
    </message>
    <message>
        <source>draft %1: cannot approve: it is %2; submit it for review first</source>
        <translation>草稿 %1：无法通过：当前状态为“%2”；请先提交审核</translation>
    </message>
    <message>
        <source>draft %1: cannot approve: it is %2 already</source>
        <translation>草稿 %1：无法通过：已处于“%2”状态</translation>
    </message>
    <message>
        <source>draft %1: a rejection needs a comment telling the writer what to change</source>
        <translation>草稿 %1：驳回时需要填写备注，告诉撰写者要修改什么</translation>
    </message>
    <message>
        <source>draft %1: cannot reject: it is %2 (only submitted, approved or exported text is rejected)</source>
        <translation>草稿 %1：无法驳回：当前状态为“%2”（只能驳回已提交、已通过或已导出的文本）</translation>
    </message>
    <message>
        <source>draft %1: unknown review action</source>
        <translation>草稿 %1：未知的审核操作</translation>
    </message>
    <message>
        <source>export: no output file given</source>
        <translation>导出：未指定输出文件</translation>
    </message>
    <message>
        <source>unknown export format</source>
        <translation>未知的导出格式</translation>
    </message>
    <message>
        <source>empty column in "%1" (expected SOURCE[:HEADER],…)</source>
        <translation>“%1”中有空列（格式应为 SOURCE[:HEADER],…）</translation>
    </message>
    <message>
        <source>unknown column source "%1" (product.title, product.description or attr.NAME)</source>
        <translation>未知的列来源“%1”（应为 product.title、product.description 或 attr.NAME）</translation>
    </message>
    <message>
        <source>CSV writer: record %1 has %2 fields, the header has %3</source>
        <translation>CSV 写入：第 %1 条记录有 %2 个字段，而表头有 %3 个</translation>
    </message>
    <message>
        <source>%1 (the file was written but the export is not recorded)</source>
        <translation>%1（文件已写出，但本次导出未被记录）</translation>
    </message>
    <message>
        <source>no template folder here</source>
        <translation>此处没有模板文件夹</translation>
    </message>
    <message>
        <source>cannot list (%1)</source>
        <translation>无法列出内容（%1）</translation>
    </message>
    <message>
        <source>a template definition must be a JSON object</source>
        <translation>模板定义必须是 JSON 对象</translation>
    </message>
    <message>
        <source>field '%1' must be a string or a list of strings</source>
        <translation>字段“%1”必须是字符串或字符串列表</translation>
    </message>
    <message>
        <source>field '%1' must be a string</source>
        <translation>字段“%1”必须是字符串</translation>
    </message>
    <message>
        <source>field '%1' must be a number</source>
        <translation>字段“%1”必须是数字</translation>
    </message>
    <message>
        <source>field '%1' must be a positive whole number</source>
        <translation>字段“%1”必须是正整数</translation>
    </message>
    <message>
        <source>field '%1' must be an object</source>
        <translation>字段“%1”必须是对象</translation>
    </message>
    <message>
        <source>field 'user' is missing</source>
        <translation>缺少字段“user”</translation>
    </message>
    <message>
        <source>field 'name' must not be empty</source>
        <translation>字段“name”不能为空</translation>
    </message>
    <message>
        <source>unclosed tag: '%1' has no matching '%2'</source>
        <translation>标签未闭合：“%1”没有对应的“%2”</translation>
    </message>
    <message>
        <source>empty tag '%1': a name is missing</source>
        <translation>空标签“%1”：缺少名称</translation>
    </message>
    <message>
        <source>tag '%1' has a space inside its name '%2'</source>
        <translation>标签“%1”的名称“%2”中含有空格</translation>
    </message>
    <message>
        <source>bad delimiter change: write it as %1=OPEN CLOSE=%2 (the closing '=' is missing)</source>
        <translation>分隔符更改写法有误：应写为 %1=OPEN CLOSE=%2（缺少结尾的“=”）</translation>
    </message>
    <message>
        <source>bad delimiter change: write it as %1=OPEN CLOSE=%2 (exactly two delimiters separated by a space are needed)</source>
        <translation>分隔符更改写法有误：应写为 %1=OPEN CLOSE=%2（需要恰好两个以空格分隔的分隔符）</translation>
    </message>
    <message>
        <source>bad delimiter change: write it as %1=OPEN CLOSE=%2 (a delimiter must not contain '=')</source>
        <translation>分隔符更改写法有误：应写为 %1=OPEN CLOSE=%2（分隔符中不能包含“=”）</translation>
    </message>
    <message>
        <source>unclosed section '%1': '%2' has no matching close tag</source>
        <translation>区段“%1”未闭合：“%2”没有对应的结束标签</translation>
    </message>
    <message>
        <source>unclosed inverted section '%1': '%2' has no matching close tag</source>
        <translation>反向区段“%1”未闭合：“%2”没有对应的结束标签</translation>
    </message>
    <message>
        <source>unclosed parent '%1': '%2' has no matching close tag</source>
        <translation>父模板“%1”未闭合：“%2”没有对应的结束标签</translation>
    </message>
    <message>
        <source>unclosed block '%1': '%2' has no matching close tag</source>
        <translation>块“%1”未闭合：“%2”没有对应的结束标签</translation>
    </message>
    <message>
        <source>sections nest deeper than %1 levels</source>
        <translation>区段嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>close tag '%1' has no open section to close</source>
        <translation>结束标签“%1”没有可关闭的区段</translation>
    </message>
    <message>
        <source>mismatched close tag '%1': section '%2' ('%3' at %4:%5) is still open</source>
        <translation>结束标签“%1”不匹配：区段“%2”（位于 %4:%5 的“%3”）仍未关闭</translation>
    </message>
    <message>
        <source>mismatched close tag '%1': inverted section '%2' ('%3' at %4:%5) is still open</source>
        <translation>结束标签“%1”不匹配：反向区段“%2”（位于 %4:%5 的“%3”）仍未关闭</translation>
    </message>
    <message>
        <source>mismatched close tag '%1': parent '%2' ('%3' at %4:%5) is still open</source>
        <translation>结束标签“%1”不匹配：父模板“%2”（位于 %4:%5 的“%3”）仍未关闭</translation>
    </message>
    <message>
        <source>mismatched close tag '%1': block '%2' ('%3' at %4:%5) is still open</source>
        <translation>结束标签“%1”不匹配：块“%2”（位于 %4:%5 的“%3”）仍未关闭</translation>
    </message>
    <message>
        <source>bad name '%1' in '%2': dotted names need a name between the dots</source>
        <translation>“%2”中的名称“%1”无效：带点的名称在点与点之间必须有名称</translation>
    </message>
    <message>
        <source>unknown partial '%1'</source>
        <translation>未知的子模板“%1”</translation>
    </message>
    <message>
        <source>partial '%1' nests deeper than %2 levels; stopped</source>
        <translation>子模板“%1”嵌套超过 %2 层；已停止</translation>
    </message>
    <message>
        <source>block '%1' nests deeper than %2 levels; stopped</source>
        <translation>块“%1”嵌套超过 %2 层；已停止</translation>
    </message>
    <message>
        <source>unknown variable '%1'</source>
        <translation>未知的变量“%1”</translation>
    </message>
    <message>
        <source>%1 (in partial '%2')</source>
        <translation>%1（在子模板“%2”中）</translation>
    </message>
    <message>
        <source>system part: %1</source>
        <translation>系统部分：%1</translation>
    </message>
    <message>
        <source>user part: %1</source>
        <translation>用户部分：%1</translation>
    </message>
    <message>
        <source>the number of variants must be at least 1</source>
        <translation>变体数至少为 1</translation>
    </message>
    <message>
        <source>no model to generate with</source>
        <translation>没有可用于生成的模型</translation>
    </message>
    <message>
        <source>give one model per profile (in the order of the profiles), or none</source>
        <translation>请为每个配置各指定一个模型（按配置顺序），或都不指定</translation>
    </message>
    <message>
        <source>template version %1 is gone</source>
        <translation>模板第 %1 版已不存在</translation>
    </message>
    <message>
        <source>no template or template file called '%1'</source>
        <translation>没有名为“%1”的模板或模板文件</translation>
    </message>
    <message>
        <source>no model given and profile '%1' has no default model</source>
        <translation>未指定模型，且配置“%1”没有默认模型</translation>
    </message>
    <message>
        <source>model '%1' is named twice</source>
        <translation>模型“%1”被指定了两次</translation>
    </message>
    <message>
        <source>the catalog has no products</source>
        <translation>商品目录中没有商品</translation>
    </message>
    <message>
        <source>unknown SKU '%1'</source>
        <translation>未知的 SKU“%1”</translation>
    </message>
    <message>
        <source>batch %1: there is no such batch</source>
        <translation>批量任务 %1：不存在此批量任务</translation>
    </message>
    <message>
        <source>batch %1: its template, field, products, variants or models differ from this command's</source>
        <translation>批量任务 %1：其模板、字段、商品、变体或模型与本次命令不同</translation>
    </message>
    <message>
        <source>profile %1: the Batch API needs an OpenAI-compatible profile</source>
        <translation>配置 %1：Batch API 需要兼容 OpenAI 的配置</translation>
    </message>
    <message>
        <source>uploading the batch file: the reply is not a JSON object</source>
        <translation>上传批量文件：响应不是 JSON 对象</translation>
    </message>
    <message>
        <source>uploading the batch file: the upload reply has no file id</source>
        <translation>上传批量文件：上传响应中没有文件 ID</translation>
    </message>
    <message>
        <source>creating the batch: the reply is not a JSON object</source>
        <translation>创建批量任务：响应不是 JSON 对象</translation>
    </message>
    <message>
        <source>creating the batch: the reply has no batch id</source>
        <translation>创建批量任务：响应中没有批量任务 ID</translation>
    </message>
    <message>
        <source>batch %1: the reply is not a JSON object</source>
        <translation>批量任务 %1：响应不是 JSON 对象</translation>
    </message>
    <message>
        <source>batch %1: still %2 after the wait limit</source>
        <translation>批量任务 %1：已超过等待时限，状态仍为 %2</translation>
    </message>
    <message>
        <source>batch %1: stopped waiting</source>
        <translation>批量任务 %1：已停止等待</translation>
    </message>
    <message>
        <source>request failed: %1</source>
        <translation>请求失败：%1</translation>
    </message>
    <message>
        <source>batch %1 is gone</source>
        <translation>批量任务 %1 已不存在</translation>
    </message>
    <message>
        <source>provider profile: field '%1' has the wrong type</source>
        <translation>模型服务配置：字段“%1”类型错误</translation>
    </message>
    <message>
        <source>unknown provider kind '%1' (expected openai, azure or anthropic)</source>
        <translation>未知的模型服务类型“%1”（应为 openai、azure 或 anthropic）</translation>
    </message>
    <message>
        <source>provider profile: not a JSON object</source>
        <translation>模型服务配置：不是 JSON 对象</translation>
    </message>
    <message>
        <source>provider profile: the profile has no name</source>
        <translation>模型服务配置：配置没有名称</translation>
    </message>
    <message>
        <source>a profile needs a name</source>
        <translation>配置需要名称</translation>
    </message>
    <message>
        <source>no provider profile named '%1'</source>
        <translation>没有名为“%1”的模型服务配置</translation>
    </message>
    <message>
        <source>stored provider profile '%2': %1</source>
        <translation>已保存的模型服务配置“%2”：%1</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>请求已取消</translation>
    </message>
    <message>
        <source>request %1: the request was cancelled</source>
        <translation>请求 %1：请求已取消</translation>
    </message>
    <message>
        <source>profile '%1': No base URL is set</source>
        <translation>配置“%1”：未设置基础 URL</translation>
    </message>
    <message>
        <source>profile '%1': No model is given and the profile has no default model</source>
        <translation>配置“%1”：未指定模型，且该配置没有默认模型</translation>
    </message>
    <message>
        <source>No API key: the environment variable %1 is not set, and no key is stored for the profile — it holds the key of profile '%2'</source>
        <translation>没有 API 密钥：环境变量 %1 未设置，且该配置未保存密钥（该变量存放的是配置“%2”的密钥）</translation>
    </message>
    <message>
        <source>profile '%1': The base URL %2 is not an absolute http:// or https:// URL</source>
        <translation>配置“%1”：基础 URL %2 不是以 http:// 或 https:// 开头的绝对 URL</translation>
    </message>
    <message>
        <source>profile '%1': Not sending the API key over plain http:// to %2, which is not this machine: use https://, or turn on "Send the key over plain HTTP" in the profile's settings</source>
        <translation>配置“%1”：%2 不是本机，不会通过明文 http:// 向其发送 API 密钥：请使用 https://，或在该配置的设置中开启“通过明文 HTTP 发送密钥”</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>The request failed (the connection to %1): %2</source>
        <translation>请求失败（连接 %1 时）：%2</translation>
    </message>
    <message>
        <source>The request failed (the response from %1): %2</source>
        <translation>请求失败（接收 %1 的响应时）：%2</translation>
    </message>
    <message>
        <source>The request timed out (the connection to %1): %2</source>
        <translation>请求超时（连接 %1 时）：%2</translation>
    </message>
    <message>
        <source>The request timed out (the response from %1): %2</source>
        <translation>请求超时（等待 %1 的响应时）：%2</translation>
    </message>
    <message>
        <source>The stream from %1 ended before the response was complete</source>
        <translation>来自 %1 的数据流在响应完成前就已结束</translation>
    </message>
    <message>
        <source>No data from %1 for %2 ms (idle timeout)</source>
        <translation>%2 毫秒内未收到来自 %1 的数据（空闲超时）</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1（尝试 %2 次后放弃）</translation>
    </message>
    <message>
        <source>The provider reported an error: %1</source>
        <translation>模型服务报告错误：%1</translation>
    </message>
    <message>
        <source>The provider reported an error: %1 (%2)</source>
        <translation>模型服务报告错误：%1（%2）</translation>
    </message>
    <message>
        <source>The provider sent malformed JSON: %1</source>
        <translation>模型服务返回了格式错误的 JSON：%1</translation>
    </message>
    <message>
        <source>Authentication failed (%1): %2 — check the key of profile '%3'</source>
        <translation>身份验证失败（%1）：%2；请检查配置“%3”的密钥</translation>
    </message>
    <message>
        <source>Access denied (%1): %2 — check the key and permissions of profile '%3'</source>
        <translation>访问被拒绝（%1）：%2；请检查配置“%3”的密钥和权限</translation>
    </message>
    <message>
        <source>Not found (%1): %2 — check the base URL and model of profile '%3'</source>
        <translation>未找到（%1）：%2；请检查配置“%3”的基础 URL 和模型</translation>
    </message>
    <message>
        <source>Request rejected (%1): %2 (profile '%3')</source>
        <translation>请求被拒绝（%1）：%2（配置“%3”）</translation>
    </message>
    <message>
        <source>Rate limited (%1): %2 (profile '%3')</source>
        <translation>请求频率受限（%1）：%2（配置“%3”）</translation>
    </message>
    <message>
        <source>Provider overloaded (%1): %2 (profile '%3')</source>
        <translation>模型服务过载（%1）：%2（配置“%3”）</translation>
    </message>
    <message>
        <source>Server error (%1): %2 (profile '%3')</source>
        <translation>服务器错误（%1）：%2（配置“%3”）</translation>
    </message>
    <message>
        <source>HTTP error (%1): %2 (profile '%3')</source>
        <translation>HTTP 错误（%1）：%2（配置“%3”）</translation>
    </message>
    <message>
        <source>Authentication failed (%1): no details given — check the key of profile '%2'</source>
        <translation>身份验证失败（%1）：未提供详细信息；请检查配置“%2”的密钥</translation>
    </message>
    <message>
        <source>Access denied (%1): no details given — check the key and permissions of profile '%2'</source>
        <translation>访问被拒绝（%1）：未提供详细信息；请检查配置“%2”的密钥和权限</translation>
    </message>
    <message>
        <source>Not found (%1): no details given — check the base URL and model of profile '%2'</source>
        <translation>未找到（%1）：未提供详细信息；请检查配置“%2”的基础 URL 和模型</translation>
    </message>
    <message>
        <source>Request rejected (%1): no details given (profile '%2')</source>
        <translation>请求被拒绝（%1）：未提供详细信息（配置“%2”）</translation>
    </message>
    <message>
        <source>Rate limited (%1): no details given (profile '%2')</source>
        <translation>请求频率受限（%1）：未提供详细信息（配置“%2”）</translation>
    </message>
    <message>
        <source>Provider overloaded (%1): no details given (profile '%2')</source>
        <translation>模型服务过载（%1）：未提供详细信息（配置“%2”）</translation>
    </message>
    <message>
        <source>Server error (%1): no details given (profile '%2')</source>
        <translation>服务器错误（%1）：未提供详细信息（配置“%2”）</translation>
    </message>
    <message>
        <source>HTTP error (%1): no details given (profile '%2')</source>
        <translation>HTTP 错误（%1）：未提供详细信息（配置“%2”）</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>cannot read the glossary</source>
        <translation>无法读取术语表</translation>
    </message>
    <message>
        <source>cannot read the rule file</source>
        <translation>无法读取规则文件</translation>
    </message>
    <message>
        <source>rule set "%1" is defined by another file too</source>
        <translation>另一个文件也定义了规则集“%1”</translation>
    </message>
    <message>
        <source>the threshold must be above 0 and at most 1</source>
        <translation>阈值必须大于 0 且不超过 1</translation>
    </message>
    <message>
        <source>the sameness scan was cancelled</source>
        <translation>相似文案扫描已取消</translation>
    </message>
    <message>
        <source>missing key "%1"</source>
        <translation>缺少键“%1”</translation>
    </message>
    <message>
        <source>"%1" must be a string</source>
        <translation>“%1”必须是字符串</translation>
    </message>
    <message>
        <source>"%1" must be a list of strings</source>
        <translation>“%1”必须是字符串列表</translation>
    </message>
    <message>
        <source>"%1" must hold strings only</source>
        <translation>“%1”中只能包含字符串</translation>
    </message>
    <message>
        <source>"%1" must be true or false</source>
        <translation>“%1”必须是 true 或 false</translation>
    </message>
    <message>
        <source>"%1" must be a whole number</source>
        <translation>“%1”必须是整数</translation>
    </message>
    <message>
        <source>"%1" must be at least %2</source>
        <translation>“%1”不能小于 %2</translation>
    </message>
    <message>
        <source>"%1" must be a number</source>
        <translation>“%1”必须是数字</translation>
    </message>
    <message>
        <source>missing table [set]</source>
        <translation>缺少表 [set]</translation>
    </message>
    <message>
        <source>"set" must be a table</source>
        <translation>“set”必须是表</translation>
    </message>
    <message>
        <source>a rule set id must be non-empty and hold no dot</source>
        <translation>规则集 ID 不能为空，也不能包含点号</translation>
    </message>
    <message>
        <source>a rule id must not be empty</source>
        <translation>规则 ID 不能为空</translation>
    </message>
    <message>
        <source>unknown severity "%1" (error, warning, info)</source>
        <translation>未知的严重级别“%1”（应为 error、warning 或 info）</translation>
    </message>
    <message>
        <source>"rule" must be an array of tables: [[rule]]</source>
        <translation>“rule”必须是表数组：[[rule]]</translation>
    </message>
    <message>
        <source>each rule must be a table: [[rule]]</source>
        <translation>每条规则都必须是表：[[rule]]</translation>
    </message>
    <message>
        <source>duplicate rule id "%1"</source>
        <translation>规则 ID“%1”重复</translation>
    </message>
    <message>
        <source>unknown rule kind "%1"</source>
        <translation>未知的规则类型“%1”</translation>
    </message>
    <message>
        <source>unknown unit "%1" (chars, width, bytes)</source>
        <translation>未知的单位“%1”（应为 chars、width 或 bytes）</translation>
    </message>
    <message>
        <source>"channel" must be an array of tables: [[channel]]</source>
        <translation>"channel" 必须是表数组：[[channel]]</translation>
    </message>
    <message>
        <source>each channel must be a table: [[channel]]</source>
        <translation>每个渠道都必须是一个表：[[channel]]</translation>
    </message>
    <message>
        <source>duplicate channel "%1"</source>
        <translation>渠道“%1”重复</translation>
    </message>
    <message>
        <source>unknown message id "%1"</source>
        <translation>未知的消息 ID“%1”</translation>
    </message>
    <message>
        <source>"near_terms" need a "near" list of what they must be near</source>
        <translation>"near_terms" 需要一个 "near" 列表，列出它们必须邻近的词</translation>
    </message>
    <message>
        <source>a "terms" rule needs a non-empty "terms" list</source>
        <translation>"terms" 规则需要一个非空的 "terms" 列表</translation>
    </message>
    <message>
        <source>"%1" must list single characters ("%2")</source>
        <translation>“%1”只能列出单个字符（“%2”）</translation>
    </message>
    <message>
        <source>"by_channel" must be a table of channel = [characters]</source>
        <translation>"by_channel" 必须是形如“渠道 = [字符]”的表</translation>
    </message>
    <message>
        <source>a "chars" rule needs "chars" or "by_channel"</source>
        <translation>"chars" 规则需要 "chars" 或 "by_channel"</translation>
    </message>
    <message>
        <source>a "chars" rule reports chars.forbidden or chars.symbol</source>
        <translation>"chars" 规则只能报告 chars.forbidden 或 chars.symbol</translation>
    </message>
    <message>
        <source>unknown keywords check "%1" (coverage, density)</source>
        <translation>未知的关键词检查“%1”（可用：coverage、density）</translation>
    </message>
    <message>
        <source>"max_percent" must be in (0, 100]</source>
        <translation>"max_percent" 必须在 (0, 100] 范围内</translation>
    </message>
    <message>
        <source>unknown channel-limits check "%1" (length, items)</source>
        <translation>未知的渠道限制检查“%1”（可用：length、items）</translation>
    </message>
    <message>
        <source>unknown glossary check "%1" (banned, required, preferred)</source>
        <translation>未知的术语表检查“%1”（可用：banned、required、preferred）</translation>
    </message>
    <message>
        <source>"preferred" must be a list of ["found", "preferred"] pairs</source>
        <translation>"preferred" 必须是由 ["found", "preferred"] 词对组成的列表</translation>
    </message>
    <message>
        <source>each preferred spelling is a pair ["found", "preferred"]</source>
        <translation>每个首选写法都必须是一个词对 ["found", "preferred"]</translation>
    </message>
    <message>
        <source>"brand" must be an array of tables: [[brand]]</source>
        <translation>"brand" 必须是表数组：[[brand]]</translation>
    </message>
    <message>
        <source>each brand must be a table: [[brand]]</source>
        <translation>每个品牌都必须是一个表：[[brand]]</translation>
    </message>
    <message>
        <source>a %1 group needs names_en or names_zh</source>
        <translation>%1 分组需要 names_en 或 names_zh</translation>
    </message>
    <message>
        <source>each %1 must be a table</source>
        <translation>每个 %1 都必须是一个表</translation>
    </message>
    <message>
        <source>two %1 groups have the id "%2"</source>
        <translation>有两个 %1 分组的 id 都是“%2”</translation>
    </message>
    <message>
        <source>is_a names no %1 group "%2"</source>
        <translation>is_a 指向的 %1 分组“%2”不存在</translation>
    </message>
    <message>
        <source>a facts-terms rule needs either [[rule.material]] or [[rule.colour]] groups</source>
        <translation>facts-terms 规则需要 [[rule.material]] 或 [[rule.colour]] 分组</translation>
    </message>
    <message>
        <source>report must be "mismatch" or "unstated"</source>
        <translation>report 必须是 "mismatch" 或 "unstated"</translation>
    </message>
    <message>
        <source>tolerance must be from 0 to 0.5</source>
        <translation>tolerance 必须在 0 到 0.5 之间</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the template expands past %1 steps or %2 MiB of text (nested sections over lists multiply); stopped here</source>
        <translation>模板展开超过 %1 步或 %2 MiB 文本（列表上的嵌套区段会成倍增长）；已在此处停止</translation>
    </message>
    <message>
        <source>%1 (product %2)</source>
        <translation>%1（商品 %2）</translation>
    </message>
    <message>
        <source>cannot connect to the team store: %1</source>
        <translation>无法连接团队存储：%1</translation>
    </message>
    <message>
        <source>the team store cannot be reached (%1); nothing typed is lost, it is saved when the server is back (while %2)</source>
        <translation>无法访问团队存储（%1）；已输入的内容不会丢失，服务器恢复后会保存（操作：%2）</translation>
    </message>
    <message>
        <source>your database role may not do this (%1) (while %2)</source>
        <translation>您的数据库角色无权执行此操作（%1）（操作：%2）</translation>
    </message>
    <message>
        <source>someone else changed the same rows at the same moment (%1); try again (while %2)</source>
        <translation>其他人同时修改了相同的数据（%1）；请重试（操作：%2）</translation>
    </message>
    <message>
        <source>this database cannot search Chinese text: its character type (lc_ctype) is '%1'; create it with a UTF-8 locale such as C.UTF-8</source>
        <translation>此数据库无法搜索中文文本：其字符类型（lc_ctype）为“%1”；请使用 UTF-8 区域设置（例如 C.UTF-8）创建数据库</translation>
    </message>
    <message>
        <source>a team store is not copied to a file: back up its PostgreSQL database with pg_dump</source>
        <translation>团队存储不会复制到文件：请用 pg_dump 备份其 PostgreSQL 数据库</translation>
    </message>
    <message>
        <source>team roles belong to a team store: give --db a PostgreSQL connection (postgresql://…)</source>
        <translation>团队角色属于团队存储：请用 --db 指定 PostgreSQL 连接（postgresql://…）</translation>
    </message>
    <message>
        <source>a user needs a name</source>
        <translation>用户需要一个名称</translation>
    </message>
    <message>
        <source>unknown role '%1' (choose writer, reviewer or admin)</source>
        <translation>未知角色“%1”（可选 writer、reviewer 或 admin）</translation>
    </message>
    <message>
        <source>the destination already holds a store (its table %1 has rows); nothing was copied: copy into a new, empty database</source>
        <translation>目标位置已有数据（其表 %1 中有记录）；未复制任何内容：请复制到一个新的空数据库</translation>
    </message>
    <message>
        <source>the tables' foreign keys go round in a circle (%1); the store cannot be copied table by table</source>
        <translation>表之间的外键形成循环（%1）；无法逐表复制存储</translation>
    </message>
    <message>
        <source>draft %1 was %3 by %2 at %4 while you were looking at it; your decision was not recorded</source>
        <translation>草稿 %1 在您查看期间已由 %2 于 %4 设为“%3”；您的决定未被记录</translation>
    </message>
    <message>
        <source>draft %1 was changed by %2 at %3 since you opened it; read it again before deciding (your decision was not recorded)</source>
        <translation>草稿 %1 在您打开后已由 %2 于 %3 修改；请重新阅读后再决定（您的决定未被记录）</translation>
    </message>
    <message>
        <source>draft %1 was saved by %2 at %3 since you opened it; compare their text with yours and choose which to keep</source>
        <translation>草稿 %1 在您打开后已由 %2 于 %3 保存；请对比对方与您的文本，选择保留哪一份</translation>
    </message>
    <message>
        <source>draft %1 was changed by someone else at the same moment</source>
        <translation>草稿 %1 在同一时刻被其他人修改</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>文件只有表头，没有数据行</translation>
    </message>
    <message>
        <source>no date column (expected a header such as date, day, week or month; a search-term report needs its time grouping)</source>
        <translation>没有日期列（应有 date、day、week 或 month 等表头；搜索词报告需按时间分组导出）</translation>
    </message>
    <message>
        <source>no keyword column and no column per keyword (expected date,keyword,value or a Google Trends export)</source>
        <translation>没有关键词列，也没有按关键词分列（应为 date,keyword,value 或 Google 趋势导出文件）</translation>
    </message>
    <message>
        <source>no value column (expected a header such as value, searches, count or sales)</source>
        <translation>没有数值列（应有 value、searches、count 或 sales 等表头）</translation>
    </message>
    <message>
        <source>the row has no date</source>
        <translation>该行没有日期</translation>
    </message>
    <message>
        <source>"%1" is not a date (write dates as YYYY-MM-DD; day-first and month-first dates cannot be told apart)</source>
        <translation>“%1”不是日期（请写成 YYYY-MM-DD；日在前和月在前的日期无法区分）</translation>
    </message>
    <message>
        <source>the row has no keyword</source>
        <translation>该行没有关键词</translation>
    </message>
    <message>
        <source>the row has no value for "%1"</source>
        <translation>该行没有“%1”的数值</translation>
    </message>
    <message>
        <source>"%1" is not a number (a count of searches or sales, or an index)</source>
        <translation>“%1”不是数字（应为搜索次数、销量或指数）</translation>
    </message>
    <message>
        <source>%1 is negative: searches and sales are counted from 0</source>
        <translation>%1 为负数：搜索量和销量从 0 开始计</translation>
    </message>
    <message>
        <source>the window must be at least 1 day (not %1)</source>
        <translation>窗口至少为 1 天（而不是 %1）</translation>
    </message>
    <message>
        <source>the minimum volume must be above 0</source>
        <translation>最低量必须大于 0</translation>
    </message>
    <message>
        <source>a persona's name cannot hold a comma (--personas lists names with commas): %1</source>
        <translation>人群画像的名称不能包含逗号（--personas 用逗号分隔名称）：%1</translation>
    </message>
    <message>
        <source>a persona needs a name</source>
        <translation>人群画像需要一个名称</translation>
    </message>
    <message>
        <source>there is already a persona called %1</source>
        <translation>已有名为 %1 的人群画像</translation>
    </message>
    <message>
        <source>no persona called %1 (copydesk-cli personas list shows them)</source>
        <translation>没有名为 %1 的人群画像（copydesk-cli personas list 可列出全部）</translation>
    </message>
    <message>
        <source>no persona to write for: add one first (copydesk-cli personas add NAME)</source>
        <translation>没有可撰写的人群画像：请先添加一个（copydesk-cli personas add 名称）</translation>
    </message>
    <message>
        <source>the example personas cannot be read: %1</source>
        <translation>无法读取示例人群画像：%1</translation>
    </message>
    <message>
        <source>an experiment needs two or more drafts (got %1)</source>
        <translation>一个实验需要两份或更多草稿（收到 %1 份）</translation>
    </message>
    <message>
        <source>an experiment takes at most %1 drafts (got %2)</source>
        <translation>一个实验最多 %1 份草稿（收到 %2 份）</translation>
    </message>
    <message>
        <source>draft %1 is named twice</source>
        <translation>草稿 %1 被列了两次</translation>
    </message>
    <message>
        <source>there is no draft %1</source>
        <translation>没有草稿 %1</translation>
    </message>
    <message>
        <source>draft %1 is already variant %2 of an experiment</source>
        <translation>草稿 %1 已是某个实验的变体 %2</translation>
    </message>
    <message>
        <source>draft %1 is for %2 and draft %3 for %4: an experiment's variants are of one product</source>
        <translation>草稿 %1 属于 %2，草稿 %3 属于 %4：一个实验的变体须属于同一商品</translation>
    </message>
    <message>
        <source>draft %1 is a %2 and draft %3 a %4: an experiment's variants are of one field</source>
        <translation>草稿 %1 是 %2，草稿 %3 是 %4：一个实验的变体须属于同一字段</translation>
    </message>
    <message>
        <source>the %2 of %1 already has experiment %3: remove it first to start another</source>
        <translation>%1 的 %2 已有实验 %3：请先移除它再开始新的实验</translation>
    </message>
    <message>
        <source>there is no experiment %1</source>
        <translation>没有实验 %1</translation>
    </message>
    <message>
        <source>"%1" is not a list of draft ids (e.g. 12,15)</source>
        <translation>“%1”不是草稿编号列表（例如 12,15）</translation>
    </message>
    <message>
        <source>the file has a header but no results</source>
        <translation>文件有表头但没有结果</translation>
    </message>
    <message>
        <source>no draft_id column, nor sku and variant columns: the rows cannot name their variant</source>
        <translation>没有 draft_id 列，也没有 sku 和 variant 列：各行无法指明其变体</translation>
    </message>
    <message>
        <source>no %1 column (expected impressions, clicks and conversions)</source>
        <translation>没有 %1 列（应有 impressions、clicks 和 conversions）</translation>
    </message>
    <message>
        <source>draft_id is "%1", not a draft id</source>
        <translation>draft_id 为“%1”，不是草稿编号</translation>
    </message>
    <message>
        <source>the row names no variant (draft_id, or sku and variant, are empty)</source>
        <translation>该行未指明变体（draft_id 或 sku 与 variant 为空）</translation>
    </message>
    <message>
        <source>%1 is "%2", not a whole number of 0 or more</source>
        <translation>%1 为“%2”，不是大于等于 0 的整数</translation>
    </message>
    <message>
        <source>%1 clicks out of %2 impressions</source>
        <translation>%2 次展示中有 %1 次点击</translation>
    </message>
    <message>
        <source>%1 conversions out of %2 impressions</source>
        <translation>%2 次展示中有 %1 次转化</translation>
    </message>
    <message>
        <source>revenue is "%1", not a number</source>
        <translation>revenue 为“%1”，不是数字</translation>
    </message>
    <message>
        <source>draft %1 is no experiment's variant</source>
        <translation>草稿 %1 不是任何实验的变体</translation>
    </message>
    <message>
        <source>no experiment has a variant %1</source>
        <translation>没有实验包含变体 %1</translation>
    </message>
    <message>
        <source>draft %1 is variant %2, not %3</source>
        <translation>草稿 %1 是变体 %2，而不是 %3</translation>
    </message>
    <message>
        <source>variant %1 is of %2, not %3</source>
        <translation>变体 %1 属于 %2，而不是 %3</translation>
    </message>
    <message>
        <source>the product already has this question: %1</source>
        <translation>该商品已有此问题：%1</translation>
    </message>
    <message>
        <source>the header has no %1 column (a questions file has sku and question, optionally source and date)</source>
        <translation>表头中没有 %1 列（问题文件需有 sku 和 question 列，可选 source 和 date 列）</translation>
    </message>
    <message>
        <source>the row has no SKU</source>
        <translation>该行没有 SKU</translation>
    </message>
    <message>
        <source>the row of %1 has no question</source>
        <translation>%1 的这一行没有问题内容</translation>
    </message>
    <message>
        <source>"%1" is not a date (write dates as YYYY-MM-DD)</source>
        <translation>“%1”不是日期（请写成 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the catalog has no product with SKU %1</source>
        <translation>商品目录中没有 SKU 为 %1 的商品</translation>
    </message>
    <message>
        <source>the selected products have no imported questions (copydesk-cli questions import FILE)</source>
        <translation>所选商品没有已导入的问题（copydesk-cli questions import FILE）</translation>
    </message>
    <message>
        <source>answers are not written per persona: --questions cannot be combined with --personas</source>
        <translation>回答不按人群分别撰写：--questions 不能与 --personas 同时使用</translation>
    </message>
    <message>
        <source>the team store cannot be reached (%1); the batch stopped and keeps every result saved before it: resume it when the server is back</source>
        <translation>无法访问团队存储（%1）；批量任务已停止，之前保存的结果都会保留：服务器恢复后可继续该批量任务</translation>
    </message>
    <message>
        <source>the limit must be between 1 and %1</source>
        <translation>数量上限必须在 1 到 %1 之间</translation>
    </message>
</context>
<context>
    <name>FailureAdvice</name>
    <message>
        <source>Check the API key of profile “%1” in Settings.</source>
        <translation>请在设置中检查配置“%1”的 API 密钥。</translation>
    </message>
    <message>
        <source>Check the API key of profile “%1” in Settings (it is read from the environment variable %2).</source>
        <translation>请在设置中检查配置“%1”的 API 密钥（它从环境变量 %2 读取）。</translation>
    </message>
    <message>
        <source>Check the model name “%1” of profile “%2”: the provider does not know it.</source>
        <translation>请检查配置“%2”的模型名称“%1”：模型服务不认识这个模型。</translation>
    </message>
    <message>
        <source>The provider refused the request: check the template and the parameters of profile “%1”.</source>
        <translation>模型服务拒绝了请求：请检查模板和配置“%1”的参数。</translation>
    </message>
    <message>
        <source>The provider is limiting requests: wait a minute and retry, or lower the rate limits of profile “%1” in Settings.</source>
        <translation>模型服务正在限制请求：请稍等一分钟再重试，或在设置中降低配置“%1”的速率限制。</translation>
    </message>
    <message>
        <source>The provider had a problem on its side: retry in a moment.</source>
        <translation>模型服务端出现问题：请稍后重试。</translation>
    </message>
    <message>
        <source>Retry, or check profile “%1” in Settings.</source>
        <translation>请重试，或在设置中检查配置“%1”。</translation>
    </message>
    <message>
        <source>Stopped. Retry to generate this one again.</source>
        <translation>已停止。点击重试可重新生成这一条。</translation>
    </message>
    <message>
        <source>Could not reach %1 at %2: is it running, and is the address in profile “%3” right?</source>
        <translation>无法连接位于 %2 的 %1：它是否正在运行？配置“%3”中的地址是否正确？</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>Too long: %1 %3 where at most %2 are allowed (%4 over)</source>
        <translation>过长：%1 %3，最多允许 %2（超出 %4）</translation>
    </message>
    <message>
        <source>%1 bullet points where at most %2 are allowed</source>
        <translation>卖点要点有 %1 条，最多允许 %2 条</translation>
    </message>
    <message>
        <source>“%1” is an absolute claim that advertising may not make</source>
        <translation>“%1”属于广告法禁止的绝对化用语</translation>
    </message>
    <message>
        <source>“%1” may read as an absolute claim</source>
        <translation>“%1”可能被视为绝对化用语</translation>
    </message>
    <message>
        <source>“%1” is a medical claim, not allowed for ordinary goods</source>
        <translation>“%1”属于医疗用语，普通商品不得使用</translation>
    </message>
    <message>
        <source>The character “%1” is not allowed here</source>
        <translation>此处不允许使用字符“%1”</translation>
    </message>
    <message>
        <source>“%1” is promotional wording the marketplace forbids</source>
        <translation>“%1”是平台禁止的促销用语</translation>
    </message>
    <message>
        <source>Emoji in the copy: %1</source>
        <translation>文案中含有表情符号：%1</translation>
    </message>
    <message>
        <source>Symbol in the copy: %1</source>
        <translation>文案中含有特殊符号：%1</translation>
    </message>
    <message>
        <source>“%1” appears %2 times in the title</source>
        <translation>“%1”在标题中出现了 %2 次</translation>
    </message>
    <message>
        <source>“%1” is written in capitals</source>
        <translation>“%1”全部为大写</translation>
    </message>
    <message>
        <source>“%1” is a health claim the product's facts do not state</source>
        <translation>“%1”属于健康功效宣称，商品信息中并无依据</translation>
    </message>
    <message>
        <source>“%1” is a green claim the product's facts do not state</source>
        <translation>“%1”属于环保宣称，商品信息中并无依据</translation>
    </message>
    <message>
        <source>“%1” is banned by the glossary</source>
        <translation>“%1”是术语表中的禁用词</translation>
    </message>
    <message>
        <source>The glossary requires “%1”, which the text does not use</source>
        <translation>术语表要求使用“%1”，但文本中没有出现</translation>
    </message>
    <message>
        <source>Write “%2” instead of “%1”</source>
        <translation>请将“%1”写作“%2”</translation>
    </message>
    <message>
        <source>The export removes this markup: %1</source>
        <translation>导出时会删除此标记：%1</translation>
    </message>
    <message>
        <source>The copy says %1, the product's facts say %2</source>
        <translation>文案写的是 %1，商品信息中为 %2</translation>
    </message>
    <message>
        <source>%1 is not in the product's facts</source>
        <translation>商品信息中没有 %1</translation>
    </message>
    <message>
        <source>Material: the copy says %1, the product's facts say %2</source>
        <translation>材质：文案写的是 %1，商品信息中为 %2</translation>
    </message>
    <message>
        <source>Colour: the copy says %1, the product's facts say %2</source>
        <translation>颜色：文案写的是 %1，商品信息中为 %2</translation>
    </message>
    <message>
        <source>The keyword “%1” is not used</source>
        <translation>未使用关键词“%1”</translation>
    </message>
    <message>
        <source>The keyword “%1” makes up %2% of the text (keyword stuffing)</source>
        <translation>关键词“%1”占文本的 %2%（关键词堆砌）</translation>
    </message>
    <message>
        <source>A long sentence: %1 %3 where %2 read well</source>
        <translation>句子过长：%1 %3，%2 以内更易读</translation>
    </message>
    <message>
        <source>“%1” is repeated %2 times</source>
        <translation>“%1”重复了 %2 次</translation>
    </message>
    <message>
        <source>Not supported by the product's facts: “%1” (%2)</source>
        <translation>商品信息无法佐证：“%1”（%2）</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>个字符</translation>
    </message>
    <message>
        <source>width units (a Chinese character counts 2)</source>
        <translation>个宽度单位（一个汉字计 2 个）</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>words</source>
        <translation>个词</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1 个错误</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 个错误</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1 个警告</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 个警告</translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation>%1 个提示</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>“%1” must stay exactly as the source writes it (do not translate)</source>
        <translation>“%1”必须与原文写法完全一致（不翻译）</translation>
    </message>
</context>
<context>
    <name>ProductFacts</name>
    <message>
        <source>Now in the shop (%1)</source>
        <translation>店铺当前文案（%1）</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>StoreWatcher</name>
    <message>
        <source>the connection to the team store was closed</source>
        <translation>与团队存储的连接已关闭</translation>
    </message>
</context>
<context>
    <name>TeamStorePage</name>
    <message>
        <source>&amp;This desk's own store: a SQLite file on this computer</source>
        <translation>本机自己的存储(&amp;T)：本电脑上的 SQLite 文件</translation>
    </message>
    <message>
        <source>A t&amp;eam store on PostgreSQL, shared by everyone who connects to it</source>
        <translation>PostgreSQL 上的团队存储(&amp;E)，由所有连接者共享</translation>
    </message>
    <message>
        <source>empty: the keychain, ~/.pgpass or PGPASSWORD</source>
        <translation>留空：使用钥匙串、~/.pgpass 或 PGPASSWORD</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;witch to this store</source>
        <translation>切换到此存储(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>当前打开：%1</translation>
    </message>
    <message>
        <source>The address is kept in the studio's settings without its password; the password goes to the keychain, never into the settings or the database. --db and COPYDESK_DB, when given, win over this choice at start.</source>
        <translation>地址保存在工作室设置中，不含密码；密码存入钥匙串，绝不写入设置或数据库。启动时若给出 --db 或 COPYDESK_DB，则以它们为准。</translation>
    </message>
    <message>
        <source>Looking for a keychain…</source>
        <translation>正在查找钥匙串…</translation>
    </message>
    <message>
        <source>A password typed here is kept in the keychain.</source>
        <translation>在此输入的密码保存在钥匙串中。</translation>
    </message>
    <message>
        <source>No keychain answers here: %1. Put the password in ~/.pgpass or PGPASSWORD; one typed here is used until the studio closes.</source>
        <translation>此处没有可用的钥匙串：%1。请将密码放入 ~/.pgpass 或 PGPASSWORD；在此输入的密码仅在工作室关闭前有效。</translation>
    </message>
    <message>
        <source>That is not a PostgreSQL address. Write postgresql://USER@HOST/DATABASE, or host=… dbname=…</source>
        <translation>这不是 PostgreSQL 地址。请写成 postgresql://用户@主机/数据库，或 host=… dbname=…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <source>Connected as %1. The database has no Copydesk store yet; switching to it creates one.</source>
        <translation>已以 %1 身份连接。该数据库尚无 Copydesk 存储；切换过去将创建一个。</translation>
    </message>
    <message>
        <source>Connected as %1, schema version %2.</source>
        <translation>已以 %1 身份连接，架构版本 %2。</translation>
    </message>
</context>
<context>
    <name>VariantNotes</name>
    <message>
        <source>winner</source>
        <translation>胜出</translation>
    </message>
    <message>
        <source>A/B test: %1
%2</source>
        <translation>A/B 测试：%1
%2</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>p &lt; 0.0001</source>
        <translation>p &lt; 0.0001</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>two-proportion z-test</source>
        <translation>双比例 z 检验</translation>
    </message>
    <message>
        <source>chi-square test, then the best against each other (Holm-corrected z-tests)</source>
        <translation>卡方检验，再将最佳变体与其余各变体逐一比较（Holm 校正的 z 检验）</translation>
    </message>
    <message>
        <source>nothing to test yet</source>
        <translation>尚无可检验的数据</translation>
    </message>
    <message>
        <source>Winner: %1 (%2)</source>
        <translation>胜出：%1（%2）</translation>
    </message>
    <message>
        <source>No winner yet (%1)</source>
        <translation>尚无胜出者（%1）</translation>
    </message>
    <message>
        <source>No winner yet</source>
        <translation>尚无胜出者</translation>
    </message>
    <message>
        <source>%1: no conversions to compare yet</source>
        <translation>%1：尚无可比较的转化</translation>
    </message>
    <message>
        <source>%1: no results imported yet</source>
        <translation>%1：尚未导入结果</translation>
    </message>
    <message>
        <source>%1: the best variants convert at the same rate</source>
        <translation>%1：最佳的几个变体转化率相同</translation>
    </message>
    <message>
        <source>%1: too few conversions for the test</source>
        <translation>%1：转化数太少，无法检验</translation>
    </message>
    <message>
        <source>%1; about %2 impressions per variant are needed to tell the best from the runner-up, %3 more (5% two-sided, 80% power)</source>
        <translation>%1；要区分最佳与次佳变体，每个变体约需 %2 次展示，还差 %3 次（双侧 5%，检验效能 80%）</translation>
    </message>
    <message>
        <source>%1 · no results yet</source>
        <translation>%1 · 尚无结果</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 converted · %4 (95% CI %5)</source>
        <translation>%1 · %3 次展示中 %2 次转化 · %4（95% 置信区间 %5）</translation>
    </message>
    <message>
        <source> · winner</source>
        <translation> · 胜出</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::AuditTableModel</name>
    <message>
        <source>%1 (override)</source>
        <translation>%1（覆盖）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> · %1, %2</source>
        <translation> · %1，%2</translation>
    </message>
    <message>
        <source> · %1 → %2</source>
        <translation> · %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 rows, %2</source>
        <translation>%1 行，%2</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1（未变）</translation>
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
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Draft or export</source>
        <translation>草稿或导出</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>从 → 到</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>supersede</source>
        <translation>被取代</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>for upload</source>
        <translation>用于上传</translation>
    </message>
    <message>
        <source>spreadsheet-safe</source>
        <translation>可安全用于电子表格</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::AuditView</name>
    <message>
        <source>Filter by anything: who, SKU, field, comment…</source>
        <translation>按任意内容筛选：操作人、SKU、字段、备注…</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>&amp;Export audit…</source>
        <translation>导出审计记录(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the whole audit trail to a CSV or JSON file</source>
        <translation>将完整的审计记录写入 CSV 或 JSON 文件</translation>
    </message>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>无法读取审计记录：%1</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>CSV, spreadsheet-safe (*.csv)</source>
        <translation>CSV，可安全用于电子表格 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Could not export the audit trail: %1</source>
        <translation>无法导出审计记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1</source>
        <translation><numerusform>已将 %n 条记录导出到 %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n audit record(s)</source>
        <translation><numerusform>%n 条审计记录</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 audit records</source>
        <translation>%1 / %2 条审计记录</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::BatchDialog</name>
    <message>
        <source>Estimating the cost…</source>
        <translation>正在估算费用…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel &amp;batch</source>
        <translation>取消批量任务(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Finish the rest</source>
        <translation>完成剩余部分(&amp;F)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Batch over the selection</source>
        <translation>对所选商品批量生成</translation>
    </message>
    <message>
        <source>Generates only the slots that have no draft yet</source>
        <translation>只生成尚无草稿的条目</translation>
    </message>
    <message>
        <source>Products: %1 × variants: %2 × models: %3</source>
        <translation>商品：%1 × 变体：%2 × 模型：%3</translation>
    </message>
    <message>
        <source>This batch cannot run: %1</source>
        <translation>此批量任务无法运行：%1</translation>
    </message>
    <message>
        <source>Drafts: %1, with “%2” version %3. Estimate: about %4 input tokens and at most %5 output tokens; at most %6.</source>
        <translation>草稿：%1，使用“%2”第 %3 版。估算：约 %4 个输入 token，最多 %5 个输出 token；费用最多 %6。</translation>
    </message>
    <message>
        <source>Finish batch #%1 started earlier: only its slots without a draft (%2, at most %3)</source>
        <translation>完成先前开始的批量任务 #%1：只处理尚无草稿的条目（%2，费用最多 %3）</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cancelling: requests in flight are stopped…</source>
        <translation>正在取消：进行中的请求将被停止…</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 failed, %4 in flight · ETA %5 · tokens %6 in / %7 out · cost %8</source>
        <translation>已完成 %1 / %2，失败 %3，进行中 %4 · 预计剩余 %5 · token 输入 %6 / 输出 %7 · 费用 %8</translation>
    </message>
    <message>
        <source>Paused (requests in flight finish): %1</source>
        <translation>已暂停（进行中的请求会继续完成）：%1</translation>
    </message>
    <message>
        <source>The batch stopped: %1</source>
        <translation>批量任务已停止：%1</translation>
    </message>
    <message>
        <source>%1 drafts written, %2 failed, %3 not started.</source>
        <translation>已写出 %1 份草稿，失败 %2 份，未开始 %3 份。</translation>
    </message>
    <message>
        <source>First failure: %1</source>
        <translation>首个失败：%1</translation>
    </message>
    <message>
        <source>“Finish the rest” generates only the slots still without a draft.</source>
        <translation>“完成剩余部分”只生成仍无草稿的条目。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>%1 × personas: %2 (%3)</source>
        <translation>%1 × 人群画像：%2（%3）</translation>
    </message>
    <message>
        <source>Translate approved copy</source>
        <translation>翻译已通过的文案</translation>
    </message>
    <message>
        <source>Approved drafts: %1 × languages: %2 (%3) × models: %4</source>
        <translation>已通过的草稿：%1 × 语言：%2（%3）× 模型：%4</translation>
    </message>
    <message>
        <source>%1 × their customer questions (one answer each, template %2)</source>
        <translation>%1 × 其顾客问题（每个问题一条回答，模板 %2）</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ChecksSettingsPage</name>
    <message>
        <source>Restore the shipped file</source>
        <translation>恢复内置文件</translation>
    </message>
    <message>
        <source>The checks read their rules from these files. A file of the same name in your checks folder replaces the shipped one; a file with a new name adds a rule set.</source>
        <translation>检查从这些文件读取规则。你的检查文件夹中的同名文件会替换内置文件；新名称的文件则会新增一个规则集。</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Edit rule file</source>
        <translation>编辑规则文件(&amp;E)</translation>
    </message>
    <message>
        <source>Opens the file in your text editor; a shipped file is copied into your checks folder first</source>
        <translation>在文本编辑器中打开该文件；内置文件会先复制到你的检查文件夹</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>显示文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Reads every rule file again, after you edited one</source>
        <translation>编辑规则文件后，重新读取所有规则文件</translation>
    </message>
    <message>
        <source>Restore &amp;shipped</source>
        <translation>恢复内置(&amp;S)</translation>
    </message>
    <message>
        <source>Removes your copy, so the shipped file is used again</source>
        <translation>删除你的副本，重新使用内置文件</translation>
    </message>
    <message>
        <source>Reloaded: every rule file loads.</source>
        <translation>已重新加载：所有规则文件均已加载。</translation>
    </message>
    <message numerus="yes">
        <source>Reloaded: %n rule file(s) do not load.</source>
        <translation><numerusform>已重新加载：%n 个规则文件无法加载。</numerusform></translation>
    </message>
    <message>
        <source>Your checks folder: none (no home folder is set)</source>
        <translation>你的检查文件夹：无（未设置主目录）</translation>
    </message>
    <message>
        <source>Your checks folder: %1</source>
        <translation>你的检查文件夹：%1</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Yours (replaces shipped)</source>
        <translation>自定义（替换内置）</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Does not load</source>
        <translation>无法加载</translation>
    </message>
    <message>
        <source>Fix the file, then Reload</source>
        <translation>请修正该文件，然后点击“重新加载”</translation>
    </message>
    <message>
        <source>Every rule file loads.</source>
        <translation>所有规则文件均已加载。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule file(s) do not load; the checks run without them:</source>
        <translation><numerusform>%n 个规则文件无法加载，检查时将跳过它们：</numerusform></translation>
    </message>
    <message>
        <source>Your checks folder could not be made: %1</source>
        <translation>无法创建你的检查文件夹：%1</translation>
    </message>
    <message>
        <source>no home folder is set</source>
        <translation>未设置主目录</translation>
    </message>
    <message>
        <source>%1 could not be copied into your checks folder: %2</source>
        <translation>无法将 %1 复制到你的检查文件夹：%2</translation>
    </message>
    <message>
        <source>Copied %1 into your checks folder; your copy is used from now on. Reload after editing it.</source>
        <translation>已将 %1 复制到你的检查文件夹，此后将使用你的副本。编辑后请点击“重新加载”。</translation>
    </message>
    <message>
        <source>Remove your copy %1? The shipped rules are used again and your changes to them are lost.</source>
        <translation>要删除你的副本 %1 吗？将重新使用内置规则，你所做的修改将会丢失。</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>The shipped %1 is used again.</source>
        <translation>已重新使用内置的 %1。</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ColumnMappingModel</name>
    <message>
        <source>attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
    <message>
        <source>This layout's columns are fixed: its other columns become variants, options or attributes as the layout defines. Only generic CSV and JSON files can be mapped by hand.</source>
        <translation>此格式的列是固定的：其他列会按该格式的定义成为规格、选项或属性。只有通用 CSV 和 JSON 文件可以手动映射。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::CopyCounters</name>
    <message>
        <source>%1 character</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <source>%1 byte</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2 个字符</translation>
    </message>
    <message>
        <source>width %1 of %2</source>
        <translation>宽度 %1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 / %2 字节</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>超出 %1</translation>
    </message>
    <message>
        <source>%1 too wide</source>
        <translation>宽度超出 %1</translation>
    </message>
    <message>
        <source>CJK width %1</source>
        <translation>全角宽度 %1</translation>
    </message>
    <message>
        <source>%1 sets no limit for %2</source>
        <translation>%1 对“%2”没有长度限制</translation>
    </message>
    <message>
        <source>%1 %2: longest bullet %3</source>
        <translation>%1 %2：最长要点 %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 bullets, %2 fit</source>
        <translation>%1 条要点，%2 条符合</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::CopyEditorPane</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>The shop whose length limits the counters check</source>
        <translation>计数器按哪家店铺的长度限制检查</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the working copy as a new version (%1)</source>
        <translation>将工作稿保存为新版本（%1）</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <source>Limits of:</source>
        <translation>限制标准：</translation>
    </message>
    <message>
        <source>Working copy against the model's draft</source>
        <translation>工作稿与模型草稿对比</translation>
    </message>
    <message>
        <source>Working copy against the shop's copy</source>
        <translation>工作稿与店铺文案对比</translation>
    </message>
    <message>
        <source>&amp;Undo edit</source>
        <translation>撤销编辑(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo edit</source>
        <translation>重做编辑(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save copy</source>
        <translation>保存文案(&amp;S)</translation>
    </message>
    <message>
        <source>Submit copy for re&amp;view</source>
        <translation>提交文案审核(&amp;V)</translation>
    </message>
    <message>
        <source>The draft as the model wrote it appears here once you pick a variant.</source>
        <translation>选择一个变体后，模型写出的原始草稿会显示在这里。</translation>
    </message>
    <message>
        <source>Pick a product, then write here or use a generated variant.</source>
        <translation>请选择一件商品，然后在此撰写，或采用生成的变体。</translation>
    </message>
    <message>
        <source>Product facts</source>
        <translation>商品信息</translation>
    </message>
    <message>
        <source>Model draft</source>
        <translation>模型草稿</translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation>工作稿</translation>
    </message>
    <message>
        <source>Could not load the copy</source>
        <translation>无法加载文案</translation>
    </message>
    <message>
        <source>Your unsaved edits to this copy are back; they are not saved yet.</source>
        <translation>已恢复你对此文案未保存的编辑；它们尚未保存。</translation>
    </message>
    <message>
        <source>Nothing to submit</source>
        <translation>没有可提交的内容</translation>
    </message>
    <message>
        <source>write the copy first</source>
        <translation>请先撰写文案</translation>
    </message>
    <message>
        <source>Could not submit the copy</source>
        <translation>无法提交文案</translation>
    </message>
    <message>
        <source>Could not save the copy</source>
        <translation>无法保存文案</translation>
    </message>
    <message>
        <source>Choose a product to edit its copy, or use a generated variant.</source>
        <translation>选择一件商品来编辑其文案，或采用生成的变体。</translation>
    </message>
    <message>
        <source>copy #%1, %2</source>
        <translation>文案 #%1，%2</translation>
    </message>
    <message>
        <source>made by template %1 v%2</source>
        <translation>由模板 %1 v%2 生成</translation>
    </message>
    <message>
        <source>made by %1</source>
        <translation>由 %1 生成</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>written by hand</source>
        <translation>手工撰写</translation>
    </message>
    <message>
        <source>no draft for this field yet</source>
        <translation>此字段还没有草稿</translation>
    </message>
    <message>
        <source>Shop's copy</source>
        <translation>店铺文案</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Pick a product: its copy is checked as you type.</source>
        <translation>请选择一件商品：输入时会实时检查其文案。</translation>
    </message>
    <message>
        <source>Could not check this copy: %1</source>
        <translation>无法检查此文案：%1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::DiagnosticUnderlines</name>
    <message>
        <source>Error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::DiffView</name>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Show the two texts in two columns instead of one text with the changes marked</source>
        <translation>将两段文本分两栏显示，而不是在一段文本中标出改动</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>%1 → %2: </source>
        <translation>%1 → %2：</translation>
    </message>
    <message>
        <source>both empty</source>
        <translation>两者均为空</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>无改动</translation>
    </message>
    <message>
        <source>1 removal</source>
        <translation>1 处删除</translation>
    </message>
    <message>
        <source>%1 removals</source>
        <translation>%1 处删除</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation>1 处插入</translation>
    </message>
    <message>
        <source>%1 insertions</source>
        <translation>%1 处插入</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ExperimentListModel</name>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>展示次数</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Variants tested</source>
        <translation>参测变体</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ExperimentsPage</name>
    <message>
        <source>&amp;Import results…</source>
        <translation>导入结果(&amp;I)…</translation>
    </message>
    <message>
        <source>A CSV from the shop: draft_id (or sku and variant), impressions, clicks, conversions, optionally revenue</source>
        <translation>来自店铺的 CSV：draft_id（或 sku 与 variant）、impressions、clicks、conversions，可选 revenue</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Rates with 95% Wilson intervals. A winner is named only where it is significantly better at the 5% level: two variants by a two-proportion z-test; more by a chi-square test, then the best against each other with Holm's correction.</source>
        <translation>转化率附 95% Wilson 置信区间。仅当在 5% 水平上显著更优时才判定胜出者：两个变体用双比例 z 检验；更多变体先做卡方检验，再将最佳变体与其余各变体逐一比较（Holm 校正）。</translation>
    </message>
    <message>
        <source>Import A/B results</source>
        <translation>导入 A/B 测试结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not read the experiments: %1</source>
        <translation>无法读取实验：%1</translation>
    </message>
    <message>
        <source>No experiments yet. Select two or more drafts of one product's field in History and choose Start A/B test.</source>
        <translation>尚无实验。请在“历史”中选择同一商品同一字段的两份或更多草稿，然后点击“开始 A/B 测试”。</translation>
    </message>
    <message>
        <source>Select an experiment.</source>
        <translation>请选择一个实验。</translation>
    </message>
    <message>
        <source>Experiment %1 · %2 %3 · %4</source>
        <translation>实验 %1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation>检验方法：%1</translation>
    </message>
    <message>
        <source>Conversion rate with 95% confidence interval</source>
        <translation>转化率及 95% 置信区间</translation>
    </message>
    <message>
        <source>Imported results from %1 (rows: %2, variants: %3, experiments: %4).</source>
        <translation>已从 %1 导入结果（行数：%2，变体：%3，实验：%4）。</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 条。</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>未导入任何内容：</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::FaqExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet-safe: a cell that looks like a formula starts with '</source>
        <translation>电子表格安全(&amp;S)：看起来像公式的单元格以 ' 开头</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export customer answers as FAQ</source>
        <translation>将顾客问题的回答导出为常见问题（FAQ）</translation>
    </message>
    <message>
        <source>FAQ CSV: one file, sku,question,answer</source>
        <translation>FAQ CSV：单个文件，列为 sku、question、answer</translation>
    </message>
    <message>
        <source>FAQ JSON-LD: a folder, a schema.org FAQPage per product (SKU.json)</source>
        <translation>FAQ JSON-LD：一个文件夹，每件商品一个 schema.org FAQPage（SKU.json）</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>导出到(&amp;T)：</translation>
    </message>
    <message>
        <source>Only approved answers are exported; the latest approved answer of each question.</source>
        <translation>只导出已通过的回答；每个问题取最近通过的一条。</translation>
    </message>
    <message>
        <source>Export the FAQ as CSV</source>
        <translation>将 FAQ 导出为 CSV</translation>
    </message>
    <message>
        <source>Folder for the FAQ JSON-LD files</source>
        <translation>存放 FAQ JSON-LD 文件的文件夹</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Could not export the FAQ: %1</source>
        <translation>无法导出 FAQ：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n approved answer(s) of %1 product(s) to %2</source>
        <translation><numerusform>已将 %1 件商品的 %n 条已通过回答导出到 %2</numerusform></translation>
    </message>
    <message>
        <source>No answer is approved yet: approve answers on the Review page first.</source>
        <translation>还没有已通过的回答：请先在“审核”页面通过回答。</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::FindingsPane</name>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>未发现问题</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::GenerationPane</name>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>全部停止</translation>
    </message>
    <message>
        <source>The variants appear here side by side as they are written, one column each. Ctrl+Return generates, Esc stops, Alt+1…Alt+9 uses a variant.</source>
        <translation>变体在生成过程中会并排显示在这里，每个一栏。Ctrl+Return 生成，Esc 停止，Alt+1…Alt+9 采用对应变体。</translation>
    </message>
    <message>
        <source>&amp;Stop generating</source>
        <translation>停止生成(&amp;S)</translation>
    </message>
    <message>
        <source>The provider profiles to write with; check several to compare them side by side</source>
        <translation>用于撰写的模型服务配置；勾选多个可并排比较</translation>
    </message>
    <message>
        <source>the profile's default model</source>
        <translation>配置的默认模型</translation>
    </message>
    <message>
        <source>Model name; several, separated by commas, are compared side by side</source>
        <translation>模型名称；用逗号分隔多个模型可并排比较</translation>
    </message>
    <message>
        <source>Generate (Ctrl+Return)</source>
        <translation>生成（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Stop every column (Esc)</source>
        <translation>停止所有栏（Esc）</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Variants:</source>
        <translation>变体数(&amp;V)：</translation>
    </message>
    <message>
        <source>Could not read the provider profiles: %1</source>
        <translation>无法读取模型服务配置：%1</translation>
    </message>
    <message>
        <source>Choose a profile</source>
        <translation>选择配置</translation>
    </message>
    <message>
        <source>Select a product to generate its copy.</source>
        <translation>请选择一件商品来生成文案。</translation>
    </message>
    <message>
        <source>Open a template on the Prompt page.</source>
        <translation>请在“提示词”页打开一个模板。</translation>
    </message>
    <message>
        <source>The template has unsaved changes: save it first, so that every draft records the version that wrote it.</source>
        <translation>模板有未保存的修改：请先保存，以便每份草稿都记录生成它的模板版本。</translation>
    </message>
    <message>
        <source>Choose a provider profile.</source>
        <translation>请选择一个模型服务配置。</translation>
    </message>
    <message>
        <source>Generation is unavailable: %1 is not reachable (%2). Start it, or choose another profile and set it up in Settings.</source>
        <translation>无法生成：无法连接 %1（%2）。请启动它，或选择其他配置并在设置中完成设置。</translation>
    </message>
    <message>
        <source>With several profiles, give one model per profile (in the order of the profiles), or none.</source>
        <translation>使用多个配置时，请为每个配置各指定一个模型（按配置顺序），或都不指定。</translation>
    </message>
    <message>
        <source>Preparing the prompts…</source>
        <translation>正在准备提示词…</translation>
    </message>
    <message>
        <source>Writing drafts: %1, with “%2” version %3…</source>
        <translation>正在撰写草稿：%1，使用“%2”第 %3 版…</translation>
    </message>
    <message>
        <source>Could not generate: %1</source>
        <translation>无法生成：%1</translation>
    </message>
    <message>
        <source>Drafts saved: %1 of %2.</source>
        <translation>已保存草稿：%1 / %2。</translation>
    </message>
    <message>
        <source>Ready: products selected: %1, variants each: %2, template “%3” version %4.</source>
        <translation>就绪：已选商品 %1 件，每件 %2 个变体，模板“%3”第 %4 版。</translation>
    </message>
    <message>
        <source>Could not read the product's drafts: %1</source>
        <translation>无法读取该商品的草稿：%1</translation>
    </message>
    <message>
        <source>Compare personas…</source>
        <translation>比较人群画像…</translation>
    </message>
    <message>
        <source>The audience personas to write for: one draft per product, persona and variant</source>
        <translation>要为哪些受众人群画像撰写：每个商品、人群画像和变体各一份草稿</translation>
    </message>
    <message>
        <source>The selected product's copy for each persona, side by side</source>
        <translation>并排显示所选商品面向各人群画像的文案</translation>
    </message>
    <message>
        <source>Could not read the personas: %1</source>
        <translation>无法读取人群画像：%1</translation>
    </message>
    <message>
        <source>No personas yet: Settings → Audience personas…</source>
        <translation>还没有人群画像：设置 → 受众人群画像…</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>无人群画像</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>面向：%1</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::GlossaryEditor</name>
    <message>
        <source>Add &amp;brand…</source>
        <translation>添加品牌(&amp;B)…</translation>
    </message>
    <message>
        <source>Remove brand</source>
        <translation>移除品牌</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>品牌(&amp;B)：</translation>
    </message>
    <message>
        <source>The terms under “Every brand” apply to all copy; a brand's terms apply to the copy of its products as well. Banned terms are errors, missing required terms warnings, and spellings to replace hints.</source>
        <translation>“所有品牌”下的词条适用于全部文案；某个品牌的词条还适用于该品牌商品的文案。禁用词报为错误，缺少必需词报为警告，需替换的写法报为提示。</translation>
    </message>
    <message>
        <source>Banned terms</source>
        <translation>禁用词</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>词条</translation>
    </message>
    <message>
        <source>Required terms</source>
        <translation>必需词</translation>
    </message>
    <message>
        <source>Preferred spellings</source>
        <translation>首选写法</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>原写法</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>首选写法</translation>
    </message>
    <message>
        <source>Saved to %1 when you press OK.</source>
        <translation>点击“确定”后保存到 %1。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>A new row: type the term, then Enter</source>
        <translation>新增一行：输入词条后按 Enter</translation>
    </message>
    <message>
        <source>Removes the selected rows</source>
        <translation>移除所选行</translation>
    </message>
    <message>
        <source>The glossary does not load, so it cannot be edited here: %1 — fix the file (Checks → Edit rule file), then Reload.</source>
        <translation>术语表无法加载，因此无法在此编辑：%1 — 请修正该文件（检查 → 编辑规则文件），然后点击“重新加载”。</translation>
    </message>
    <message>
        <source>Every brand</source>
        <translation>所有品牌</translation>
    </message>
    <message>
        <source>Add brand</source>
        <translation>添加品牌</translation>
    </message>
    <message>
        <source>Brand, as the products' brand field names it:</source>
        <translation>品牌（与商品的品牌字段写法一致）：</translation>
    </message>
    <message>
        <source>Do not translate</source>
        <translation>不翻译</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::HistoryPage</name>
    <message>
        <source>Search generations and edits (any language)…</source>
        <translation>搜索生成和编辑记录（任意语言）…</translation>
    </message>
    <message>
        <source>&amp;Whole catalog</source>
        <translation>整个商品目录(&amp;W)</translation>
    </message>
    <message>
        <source>Show the history of every product instead of the current one</source>
        <translation>显示所有商品的历史，而不只是当前商品</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Select two entries to see what changed between them</source>
        <translation>选择两条记录以查看它们之间的改动</translation>
    </message>
    <message>
        <source>&amp;Restore this text</source>
        <translation>恢复此文本(&amp;R)</translation>
    </message>
    <message>
        <source>Make this text the draft's working text in the editor</source>
        <translation>在编辑器中将此文本设为草稿的工作文本</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Prompt as sent</source>
        <translation>实际发送的提示词</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>all products</source>
        <translation>所有商品</translation>
    </message>
    <message>
        <source>all products until one is chosen</source>
        <translation>所有商品（选择商品前）</translation>
    </message>
    <message>
        <source>the current product</source>
        <translation>当前商品</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
        <source>Two entries selected: Compare shows what changed between them.</source>
        <translation>已选择两条记录：点击“比较”可查看它们之间的改动。</translation>
    </message>
    <message>
        <source>Nothing generated or edited here yet.</source>
        <translation>这里还没有生成或编辑记录。</translation>
    </message>
    <message>
        <source>No entry contains “%1”.</source>
        <translation>没有记录包含“%1”。</translation>
    </message>
    <message>
        <source>Entries: %1. Select one to read it, two to compare them.</source>
        <translation>共 %1 条记录。选择一条可查看，选择两条可比较。</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>模板 %1</translation>
    </message>
    <message>
        <source>Cancelled before the model finished.</source>
        <translation>模型完成前已取消。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>This text was written by hand: no prompt was sent.</source>
        <translation>此文本为手工撰写：未发送提示词。</translation>
    </message>
    <message>
        <source>The prompt of generation #%1 could not be read.</source>
        <translation>无法读取生成 #%1 的提示词。</translation>
    </message>
    <message>
        <source>Generation #%1 · %2 · %3

— System —
%4

— User —
%5</source>
        <translation>生成 #%1 · %2 · %3

— 系统 —
%4

— 用户 —
%5</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 与 %2 对比</translation>
    </message>
    <message>
        <source>Start A/B &amp;test</source>
        <translation>开始 A/B 测试(&amp;T)</translation>
    </message>
    <message>
        <source>Make the selected drafts (two or more of one product's field) an experiment's variants A, B, …; export them and import the shop's results</source>
        <translation>将所选草稿（同一商品同一字段的两份或更多）设为一个实验的变体 A、B……；导出它们，再导入店铺的结果</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::HistoryTableModel</name>
    <message>
        <source>Generation #%1</source>
        <translation>生成 #%1</translation>
    </message>
    <message>
        <source>Draft #%1, first text</source>
        <translation>草稿 #%1，初始文本</translation>
    </message>
    <message>
        <source>Draft #%1, version %2</source>
        <translation>草稿 #%1，第 %2 版</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (variant %2)</source>
        <translation>%1（变体 %2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Tokens in → out</source>
        <translation>Token 输入 → 输出</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B 测试</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ImportDialog</name>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Generic CSV</source>
        <translation>通用 CSV</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>Import catalog</source>
        <translation>导入商品目录</translation>
    </message>
    <message>
        <source>GB18030 (Chinese Excel exports)</source>
        <translation>GB18030（中文 Excel 导出）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>前几行</translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation>按 %1 读取</translation>
    </message>
    <message>
        <source>, columns separated by %1</source>
        <translation>，列以%1分隔</translation>
    </message>
    <message>
        <source> (its columns are fixed)</source>
        <translation>（列是固定的）</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s) from %1 as %2: %3 new, %4 updated, %5 variants.</source>
        <translation><numerusform>已从 %1 按 %2 格式导入 %n 件商品：新增 %3 件，更新 %4 件，规格 %5 个。</numerusform></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::KeyVault</name>
    <message>
        <source>the keychain is switched off (COPYDESK_NO_KEYCHAIN=1)</source>
        <translation>钥匙串已关闭（COPYDESK_NO_KEYCHAIN=1）</translation>
    </message>
    <message>
        <source>no D-Bus session bus answers here (DBUS_SESSION_BUS_ADDRESS is not set), so no keychain can be asked</source>
        <translation>此处没有可用的 D-Bus 会话总线（未设置 DBUS_SESSION_BUS_ADDRESS），因此无法访问钥匙串</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::MainWindow</name>
    <message>
        <source>Copydesk — %1</source>
        <translation>Copydesk — %1</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Rendered prompt</source>
        <translation>渲染后的提示词</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>模板未保存</translation>
    </message>
    <message>
        <source>Could not add the sample catalog: %1</source>
        <translation>无法添加示例商品目录：%1</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>模板未保存</translation>
    </message>
    <message>
        <source>Saved %1 as version %2</source>
        <translation>已将 %1 保存为第 %2 版</translation>
    </message>
    <message>
        <source>Generation: not checked</source>
        <translation>生成：未检查</translation>
    </message>
    <message>
        <source>Generation: checking %1…</source>
        <translation>生成：正在检查 %1…</translation>
    </message>
    <message>
        <source>Generation: %1 ready</source>
        <translation>生成：%1 已就绪</translation>
    </message>
    <message>
        <source>Generation unavailable: %1 not reachable</source>
        <translation>无法生成：无法连接 %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show the &amp;provider guide</source>
        <translation>显示模型服务指南(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Copydesk.</source>
        <translation>新的语言将在下次启动 Copydesk 时生效。</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>The system palette is used from the next start of Copydesk.</source>
        <translation>系统配色将在下次启动 Copydesk 时生效。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Copydesk</source>
        <translation>关于 Copydesk(&amp;A)</translation>
    </message>
    <message>
        <source>About Copydesk</source>
        <translation>关于 Copydesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;A desktop studio for e-commerce copy written with large language models. Everything stays in one local SQLite file:&lt;/p&gt;&lt;p&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;用大语言模型撰写电商文案的桌面工作室。所有数据都保存在一个本地 SQLite 文件中：&lt;/p&gt;&lt;p&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome! The sample catalog and the default templates were added to this new database (products: %1, templates: %2).</source>
        <translation>欢迎！已向这个新数据库添加示例商品目录和默认模板（商品：%1，模板：%2）。</translation>
    </message>
    <message>
        <source>The template has changes that are not saved. Discard them?</source>
        <translation>模板有尚未保存的修改。要放弃这些修改吗？</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>撰写(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation>提示词(&amp;P)</translation>
    </message>
    <message>
        <source>Unsaved copy</source>
        <translation>文案未保存</translation>
    </message>
    <message>
        <source>The working copy has changes that are not saved. Discard them?</source>
        <translation>工作稿有尚未保存的修改。要放弃这些修改吗？</translation>
    </message>
    <message>
        <source>&amp;Batch over selection…</source>
        <translation>对所选商品批量生成(&amp;B)…</translation>
    </message>
    <message>
        <source>No batch: %1</source>
        <translation>无法批量生成：%1</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>历史(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>Rev&amp;iew</source>
        <translation>审核(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>审计(&amp;A)</translation>
    </message>
    <message>
        <source>Open the review &amp;queue</source>
        <translation>打开审核队列(&amp;Q)</translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation>审计记录(&amp;T)</translation>
    </message>
    <message>
        <source>E&amp;xport audit…</source>
        <translation>导出审计记录(&amp;X)…</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Edit &amp;variables</source>
        <translation>编辑变量(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>The key of %1 could not be read from the keychain: %2</source>
        <translation>无法从钥匙串读取 %1 的密钥：%2</translation>
    </message>
    <message>
        <source>&amp;Import catalog…</source>
        <translation>导入商品目录(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import products from a Shopify, WooCommerce, generic CSV or JSON file</source>
        <translation>从 Shopify、WooCommerce、通用 CSV 或 JSON 文件导入商品</translation>
    </message>
    <message>
        <source>Import catalog</source>
        <translation>导入商品目录</translation>
    </message>
    <message>
        <source>Catalog files (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>商品目录文件 (*.csv *.tsv *.txt *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Compare template &amp;versions…</source>
        <translation>比较模板版本(&amp;V)…</translation>
    </message>
    <message>
        <source>See what changed between two versions of the chosen template, and restore one</source>
        <translation>查看所选模板两个版本之间的改动，并可恢复其中一个</translation>
    </message>
    <message>
        <source>Choose a template first.</source>
        <translation>请先选择一个模板。</translation>
    </message>
    <message>
        <source>Restored as version %1 of %2</source>
        <translation>已恢复为 %2 的第 %1 版</translation>
    </message>
    <message>
        <source>Search already finds every product; the index makes it fast. Closing Copydesk is safe: what is left is indexed at the next start.</source>
        <translation>搜索已能找到所有商品，索引让搜索更快。可以随时关闭 Copydesk：剩余部分会在下次启动时完成索引。</translation>
    </message>
    <message>
        <source>Indexing the catalog for search… %1%</source>
        <translation>正在为搜索建立商品索引… %1%</translation>
    </message>
    <message>
        <source>The search index could not be completed (search still finds every product): %1</source>
        <translation>搜索索引未能完成（搜索仍能找到所有商品）：%1</translation>
    </message>
    <message>
        <source>The review queue's checks could not be brought up to date: %1</source>
        <translation>无法更新审核队列的检查结果：%1</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Save a consistent copy of the database, also while a batch is writing to it</source>
        <translation>保存数据库的一致性副本，批量任务正在写入时也可以备份</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Copydesk databases (*.db);;All files (*)</source>
        <translation>Copydesk 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Unsaved copy…</source>
        <translation>未保存的文案(&amp;U)…</translation>
    </message>
    <message>
        <source>The texts you have edited and not saved yet, to open or discard</source>
        <translation>已编辑但尚未保存的文本，可打开或放弃</translation>
    </message>
    <message>
        <source>Backing up the database to %1…</source>
        <translation>正在将数据库备份到 %1…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The database was backed up to %1 (%2 products, %3 drafts). The copy is a normal Copydesk database: open it with --db, or put it in place of the old one to restore.</source>
        <translation>数据库已备份到 %1（%2 件商品，%3 份草稿）。该副本是普通的 Copydesk 数据库：可用 --db 打开，或用它替换旧数据库来恢复数据。</translation>
    </message>
    <message>
        <source>The backup failed; nothing was written to %1.

%2</source>
        <translation>备份失败，未向 %1 写入任何内容。

%2</translation>
    </message>
    <message>
        <source>Cannot use the database</source>
        <translation>无法使用数据库</translation>
    </message>
    <message>
        <source>Copydesk cannot use the database %1.</source>
        <translation>Copydesk 无法使用数据库 %1。</translation>
    </message>
    <message>
        <source>Unsaved copy could not be kept safe in the database: %1</source>
        <translation>无法将未保存的文案安全暂存到数据库：%1</translation>
    </message>
    <message>
        <source>Every text is saved.</source>
        <translation>所有文本均已保存。</translation>
    </message>
    <message>
        <source>Team store unreachable — retrying</source>
        <translation>无法连接团队存储——正在重试</translation>
    </message>
    <message>
        <source>The team store is reachable again.</source>
        <translation>团队存储已恢复连接。</translation>
    </message>
    <message>
        <source>A/B tests</source>
        <translation>A/B 测试</translation>
    </message>
    <message>
        <source>Import A/B &amp;results…</source>
        <translation>导入 A/B 测试结果(&amp;R)…</translation>
    </message>
    <message>
        <source>Import the shop's results for A/B experiments (CSV: draft_id or sku and variant, impressions, clicks, conversions, optionally revenue)</source>
        <translation>导入店铺的 A/B 实验结果（CSV：draft_id 或 sku 与 variant、impressions、clicks、conversions，可选 revenue）</translation>
    </message>
    <message>
        <source>Import A/B results</source>
        <translation>导入 A/B 测试结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No A/B test started</source>
        <translation>未开始 A/B 测试</translation>
    </message>
    <message>
        <source>Started A/B test %1 on the %2 of %3: variants %4</source>
        <translation>已在 %3 的 %2 上开始 A/B 测试 %1：变体 %4</translation>
    </message>
    <message>
        <source>Audience &amp;personas…</source>
        <translation>受众人群画像(&amp;P)…</translation>
    </message>
    <message>
        <source>Compare &amp;personas…</source>
        <translation>比较人群画像(&amp;P)…</translation>
    </message>
    <message>
        <source>Select one product and open a template to compare its copy for each persona.</source>
        <translation>请选择一个商品并打开一个模板，以比较它面向各人群画像的文案。</translation>
    </message>
    <message>
        <source>Tre&amp;nds</source>
        <translation>趋势(&amp;N)</translation>
    </message>
    <message>
        <source>The Variables pane's keywords have them already.</source>
        <translation>“变量”面板的关键词中已包含这些词。</translation>
    </message>
    <message>
        <source>Added to the Variables pane's keywords: %1</source>
        <translation>已加入“变量”面板的关键词：%1</translation>
    </message>
    <message>
        <source>&amp;Translate approved…</source>
        <translation>翻译已通过的文案(&amp;T)…</translation>
    </message>
    <message>
        <source>Translate the selected approved drafts for other markets</source>
        <translation>将所选已通过的草稿翻译给其他市场</translation>
    </message>
    <message>
        <source>Select approved drafts in the review queue to translate them.</source>
        <translation>请在审核队列中选择已通过的草稿再翻译。</translation>
    </message>
    <message>
        <source>No translation: %1</source>
        <translation>无法翻译：%1</translation>
    </message>
    <message>
        <source>None of the selected drafts is approved: only approved copy is translated.</source>
        <translation>所选草稿都未通过审核：只翻译已通过的文案。</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>问题(&amp;Q)</translation>
    </message>
    <message>
        <source>Import customer &amp;questions…</source>
        <translation>导入顾客问题(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Answer customer questions…</source>
        <translation>回答顾客问题(&amp;A)…</translation>
    </message>
    <message>
        <source>No answers: %1</source>
        <translation>无法回答：%1</translation>
    </message>
    <message>
        <source>Export customer answers as &amp;FAQ…</source>
        <translation>将顾客回答导出为 FAQ(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::OverrideDialog</name>
    <message>
        <source>Approve %1 past its checks</source>
        <translation>忽略检查结果通过 %1</translation>
    </message>
    <message>
        <source>The checks found an error in %1:</source>
        <translation>检查在 %1 中发现 1 个错误：</translation>
    </message>
    <message>
        <source>The checks found %2 errors in %1:</source>
        <translation>检查在 %1 中发现 %2 个错误：</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <source>Approving it anyway needs a reason. The reason and the rules overridden are recorded in the audit trail under your reviewer name.</source>
        <translation>仍要通过需填写理由。理由和被忽略的规则会以你的审核人名称记入审计记录。</translation>
    </message>
    <message>
        <source>e.g. registered trademark, cleared by legal</source>
        <translation>例如：注册商标，已经法务确认</translation>
    </message>
    <message>
        <source>Approve anyway</source>
        <translation>仍然通过</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::PersonaCompareDialog</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Compare personas</source>
        <translation>比较人群画像</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>with</source>
        <translation>与</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Could not read the drafts: %1</source>
        <translation>无法读取草稿：%1</translation>
    </message>
    <message>
        <source>For everyone</source>
        <translation>面向所有人</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>面向 %1</translation>
    </message>
    <message>
        <source>This product has no %1 drafts yet. Generate with personas chosen to write one per persona.</source>
        <translation>该商品还没有 %1 草稿。选择人群画像后生成，即可为每个人群画像各写一份。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: the copy for %n persona(s), side by side.</source>
        <translation><numerusform>%1 · %2：并排显示面向 %n 个人群画像的文案。</numerusform></translation>
    </message>
    <message>
        <source>Draft #%1 · variant %2 · %3%4</source>
        <translation>草稿 #%1 · 变体 %2 · %3%4</translation>
    </message>
    <message>
        <source> · working copy</source>
        <translation> · 工作稿</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>在编辑器中打开</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::PersonasDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;examples</source>
        <translation>添加示例(&amp;E)</translation>
    </message>
    <message>
        <source>Audience personas</source>
        <translation>受众人群画像</translation>
    </message>
    <message>
        <source>Adds the shipped example personas (budget students, gift buyers, outdoor enthusiasts, parents) in the studio's language, where none of that name exists</source>
        <translation>添加随附的示例人群画像（学生党、送礼人群、户外爱好者、宝爸宝妈），使用工作室当前的语言；同名的已有画像不会重复添加</translation>
    </message>
    <message>
        <source>e.g. gift-buyers</source>
        <translation>例如：送礼人群</translation>
    </message>
    <message>
        <source>who they are: age, situation</source>
        <translation>他们是谁：年龄、处境</translation>
    </message>
    <message>
        <source>what they care about</source>
        <translation>他们关心什么</translation>
    </message>
    <message>
        <source>the tone to write in for them</source>
        <translation>为他们写作时用的语气</translation>
    </message>
    <message>
        <source>en, zh, …</source>
        <translation>en、zh…</translation>
    </message>
    <message>
        <source>generic, social, amazon-title, …</source>
        <translation>generic、social、amazon-title…</translation>
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
        <source>&amp;Audience:</source>
        <translation>人群(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Interests:</source>
        <translation>关注点(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Tone:</source>
        <translation>语调(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>Templates see these as {{persona.name}}, {{persona.description}}, {{persona.audience}}, {{persona.interests}}, {{persona.tone}}, {{persona.language}}, {{persona.channel}}.</source>
        <translation>模板中可用 {{persona.name}}、{{persona.description}}、{{persona.audience}}、{{persona.interests}}、{{persona.tone}}、{{persona.language}}、{{persona.channel}} 引用这些值。</translation>
    </message>
    <message>
        <source>Could not read the personas: %1</source>
        <translation>无法读取人群画像：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Removed “%1”. Drafts written for it keep its name.</source>
        <translation>已删除“%1”。为其撰写的草稿仍保留该名称。</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language of the example personas: en or zh</comment>
        <translation>zh</translation>
    </message>
    <message>
        <source>Could not add the examples: %1</source>
        <translation>无法添加示例：%1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n example persona(s).</source>
        <translation><numerusform>已添加 %n 个示例人群画像。</numerusform></translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ProductTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>no copy</source>
        <translation>无文案</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>已导出</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ProductsPane</name>
    <message>
        <source>Search products (SKU, title, description, brand…)</source>
        <translation>搜索商品（SKU、标题、描述、品牌…）</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类目</translation>
    </message>
    <message>
        <source>Could not load products: %1</source>
        <translation>无法加载商品：%1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 件商品</translation>
    </message>
    <message>
        <source>%1 matching products</source>
        <translation>%1 件匹配的商品</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ProviderBanner</name>
    <message>
        <source>Dismiss this guide</source>
        <translation>关闭此指南</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Checking the default model provider, %1…</source>
        <translation>正在检查默认模型服务 %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Generation is unavailable:&lt;/b&gt; no model provider is reachable at %1 (%2).</source>
        <translation>&lt;b&gt;暂时无法生成文案：&lt;/b&gt;无法连接位于 %1 的模型服务（%2）。</translation>
    </message>
    <message>
        <source>To generate copy, start a local OpenAI-compatible server such as Ollama, llama.cpp or LM Studio at that address, or choose a hosted provider (OpenAI, DeepSeek, Qwen, Anthropic…) and put its API key in the environment variable its profile names. Writing, editing templates, reviewing and exporting work without a provider.</source>
        <translation>要生成文案，请在该地址启动一个兼容 OpenAI 接口的本地服务（如 Ollama、llama.cpp 或 LM Studio），或选择一个云端服务（OpenAI、DeepSeek、通义千问、Anthropic…），并把它的 API 密钥放进其配置所指定的环境变量。没有模型服务时，撰写、编辑模板、审核和导出都照常可用。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Generation is available&lt;/b&gt; through %1 (models offered: %2).</source>
        <translation>&lt;b&gt;可以生成文案&lt;/b&gt;：%1（可用模型：%2）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The model provider was not checked.&lt;/b&gt;</source>
        <translation>&lt;b&gt;未检查模型服务。&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ProviderProfileForm</name>
    <message>
        <source>OpenAI-compatible</source>
        <translation>兼容 OpenAI</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>model names, separated by commas (or fetch them)</source>
        <translation>模型名称，以逗号分隔（或从服务获取）</translation>
    </message>
    <message>
        <source>Azure api-version / anthropic-version (optional)</source>
        <translation>Azure api-version / anthropic-version（可选）</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>Plain-text file (not recommended)</source>
        <translation>明文文件（不推荐）</translation>
    </message>
    <message>
        <source>paste the key to store it; empty keeps the stored one</source>
        <translation>粘贴密钥以保存；留空则保留已保存的密钥</translation>
    </message>
    <message>
        <source>I understand: keep this key unencrypted in a file on this computer</source>
        <translation>我已了解：将此密钥以未加密形式保存在本机文件中</translation>
    </message>
    <message>
        <source>one per line: Header-Name: value</source>
        <translation>每行一个：Header-Name: value</translation>
    </message>
    <message>
        <source>none, or e.g. http://proxy.example:3128</source>
        <translation>无，或例如 http://proxy.example:3128</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Default model:</source>
        <translation>默认模型(&amp;D)：</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API 版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Key &amp;source:</source>
        <translation>密钥来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Key &amp;variable:</source>
        <translation>密钥变量(&amp;V)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>额外请求头(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <source>Timeouts:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Prices per million tokens:</source>
        <translation>每百万 token 价格：</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>限制：</translation>
    </message>
    <message>
        <source>requests/min</source>
        <translation>请求/分钟</translation>
    </message>
    <message>
        <source>tokens/min</source>
        <translation>token/分钟</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>并发</translation>
    </message>
    <message>
        <source>Checking whether a keychain is available…</source>
        <translation>正在检查钥匙串是否可用…</translation>
    </message>
    <message>
        <source>Keys are kept in the OS keychain; the studio loads them at start.</source>
        <translation>密钥保存在系统钥匙串中；工作室启动时会加载它们。</translation>
    </message>
    <message>
        <source>No keychain is available here (%1). Put the key in an environment variable instead: enter its name under "Key variable" and set it before starting Copydesk, e.g. export %2=sk-…</source>
        <translation>此处没有可用的钥匙串（%1）。请改用环境变量保存密钥：在“密钥变量”中填写变量名，并在启动 Copydesk 前设置它，例如 export %2=sk-…</translation>
    </message>
    <message>
        <source>no Secret Service or KWallet answered; the keychain library says: %1</source>
        <translation>Secret Service 和 KWallet 均无响应；钥匙串库报告：%1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>With an environment variable the studio stores no key: set the variable before starting Copydesk.</source>
        <translation>使用环境变量时工作室不保存密钥：请在启动 Copydesk 前设置该变量。</translation>
    </message>
    <message>
        <source>Send the key over plain HTTP to a server on another machine (not encrypted)</source>
        <translation>通过明文 HTTP 将密钥发送到其他机器上的服务器（不加密）</translation>
    </message>
    <message>
        <source>Only for a server on your own network without HTTPS. Keys always go over plain HTTP to this computer (localhost) and over HTTPS anywhere.</source>
        <translation>仅适用于你自己网络中不支持 HTTPS 的服务器。密钥始终可以通过明文 HTTP 发送到本机（localhost），也始终可以通过 HTTPS 发送到任何地址。</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::QuestionLabel</name>
    <message>
        <source>&lt;b&gt;Customer question:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;顾客问题：&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::QuestionsPage</name>
    <message>
        <source>&amp;Import questions…</source>
        <translation>导入问题(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Answer with a batch…</source>
        <translation>批量回答(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open the answer</source>
        <translation>打开回答(&amp;O)</translation>
    </message>
    <message>
        <source>CSV with the columns sku and question, optionally source and date. A question almost the same as one the product has (case, width, punctuation, a word) is counted, not added.</source>
        <translation>CSV 文件，包含 sku 和 question 两列，可选 source 和 date 列。与该商品已有问题几乎相同的问题（大小写、全半角、标点或个别字词不同）只计次数，不重复添加。</translation>
    </message>
    <message>
        <source>One answer per question of the selected products, from the product's facts only (the answer templates say plainly when the data does not tell)</source>
        <translation>为所选商品的每个问题写一条回答，只依据商品资料（资料中没有的，回答模板会直接说明）</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>提问次数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Select products to see what their customers ask.</source>
        <translation>选择商品以查看顾客提出的问题。</translation>
    </message>
    <message numerus="yes">
        <source>Customer questions about the %n selected product(s)</source>
        <translation><numerusform>所选 %n 件商品的顾客问题</numerusform></translation>
    </message>
    <message>
        <source>Could not read the questions: %1</source>
        <translation>无法读取问题：%1</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>%1 (%2 answers)</source>
        <translation>%1（共 %2 条回答）</translation>
    </message>
    <message>
        <source>No questions about these products yet: Import questions… reads a CSV of sku and question (e.g. from reviews, a Q&amp;A tab or the help desk).</source>
        <translation>这些商品还没有问题：“导入问题…”可读取包含 sku 和 question 列的 CSV（例如来自商品评价、问答区或客服系统）。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation><numerusform>%n 个问题</numerusform></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n question(s); </source>
        <translation><numerusform>已导入 %n 个问题；</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n merged as duplicates; </source>
        <translation><numerusform>%n 个重复问题已合并；</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation><numerusform>%n 行被拒绝</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>……另有 %n 行</numerusform></translation>
    </message>
    <message>
        <source>Import customer questions</source>
        <translation>导入顾客问题</translation>
    </message>
    <message>
        <source>Question files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>问题文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export &amp;FAQ…</source>
        <translation>导出 FAQ(&amp;F)…</translation>
    </message>
    <message>
        <source>The approved answers of every product as FAQ CSV or schema.org FAQPage JSON-LD</source>
        <translation>将所有商品已通过的回答导出为 FAQ CSV 或 schema.org FAQPage JSON-LD</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::RateChart</name>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::RejectDialog</name>
    <message>
        <source>Reject %1</source>
        <translation>驳回 %1</translation>
    </message>
    <message>
        <source>What should the writer change? The comment goes back with the draft.</source>
        <translation>撰写者应修改什么？备注会随草稿一起退回。</translation>
    </message>
    <message>
        <source>e.g. invented a certification; keep the title under 60 characters</source>
        <translation>例如：编造了认证信息；标题请控制在 60 个字符以内</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>A rejection needs a comment telling the writer what to change.</source>
        <translation>驳回时需要填写备注，告诉撰写者要修改什么。</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::RelatedPane</name>
    <message>
        <source>upsell</source>
        <translation>升级款</translation>
    </message>
    <message>
        <source>cross-sell</source>
        <translation>搭配推荐</translation>
    </message>
    <message>
        <source>same group</source>
        <translation>同一组合</translation>
    </message>
    <message>
        <source>shared tag</source>
        <translation>相同标签</translation>
    </message>
    <message>
        <source>same category</source>
        <translation>同类商品</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>相似商品</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>你添加的</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>移除(&amp;L)</translation>
    </message>
    <message>
        <source>Back to &amp;suggestions</source>
        <translation>恢复推荐(&amp;S)</translation>
    </message>
    <message>
        <source>Related product</source>
        <translation>相关商品</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What the template's {{#related}} list gets for this product, in this order</source>
        <translation>模板的 {{#related}} 列表为该商品列出的商品，按此顺序</translation>
    </message>
    <message>
        <source>SKU or words to add a product</source>
        <translation>输入 SKU 或关键词添加商品</translation>
    </message>
    <message>
        <source>Leave the selected products out of this product's prompts (Delete)</source>
        <translation>该商品的提示词中不再列出所选商品（Delete）</translation>
    </message>
    <message>
        <source>Forget your choice: the catalog's links, tags, category and likeness decide again</source>
        <translation>放弃你的选择：重新由商品目录的关联、标签、类目和相似度决定</translation>
    </message>
    <message>
        <source>Related products: select a product.</source>
        <translation>相关商品：请先选择一个商品。</translation>
    </message>
    <message>
        <source>Related products of %1, as you chose them:</source>
        <translation>%1 的相关商品（你的选择）：</translation>
    </message>
    <message>
        <source>Related products of %1, suggested by the catalog:</source>
        <translation>%1 的相关商品（商品目录推荐）：</translation>
    </message>
    <message>
        <source>No related products: add some by SKU or by words.</source>
        <translation>没有相关商品：可按 SKU 或关键词添加。</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::RenderedPromptView</name>
    <message>
        <source>System message</source>
        <translation>系统消息</translation>
    </message>
    <message>
        <source>User message</source>
        <translation>用户消息</translation>
    </message>
    <message>
        <source>Select a template and a product to see the prompt they make.</source>
        <translation>选择一个模板和一件商品，即可查看它们生成的提示词。</translation>
    </message>
    <message>
        <source>Prompt for &lt;b&gt;%1&lt;/b&gt; with template &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>商品 &lt;b&gt;%1&lt;/b&gt; 使用模板 &lt;b&gt;%2&lt;/b&gt; 的提示词</translation>
    </message>
    <message>
        <source>Template &lt;b&gt;%1&lt;/b&gt; has errors; it is shown as written.</source>
        <translation>模板 &lt;b&gt;%1&lt;/b&gt; 有错误，按原文显示。</translation>
    </message>
    <message>
        <source>Template &lt;b&gt;%1&lt;/b&gt; as written — select a product to see its prompt.</source>
        <translation>模板 &lt;b&gt;%1&lt;/b&gt; 原文 — 选择一件商品即可查看其提示词。</translation>
    </message>
    <message>
        <source>Input ≈ %1 tokens</source>
        <translation>输入 ≈ %1 个 token</translation>
    </message>
    <message>
        <source> · %1 has no prices set (free or unknown)</source>
        <translation> · %1 未设置价格（免费或未知）</translation>
    </message>
    <message>
        <source> · up to $%1 with %2 (%3 output tokens at most)</source>
        <translation> · 使用 %2 最多 $%1（最多 %3 个输出 token）</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ReviewDetailView</name>
    <message>
        <source>Against the live copy</source>
        <translation>与线上文案对比</translation>
    </message>
    <message>
        <source>Against the last approved</source>
        <translation>与上次通过的版本对比</translation>
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
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>审核历史</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Choose a draft in the queue.</source>
        <translation>请在队列中选择一份草稿。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · draft %2 · %3 · by %4</source>
        <translation>%1 · 草稿 %2 · %3 · 作者 %4</translation>
    </message>
    <message>
        <source> · template %1 v%2</source>
        <translation> · 模板 %1 v%2</translation>
    </message>
    <message>
        <source>Live copy</source>
        <translation>线上文案</translation>
    </message>
    <message>
        <source>This draft</source>
        <translation>此草稿</translation>
    </message>
    <message>
        <source>Against the live copy (empty)</source>
        <translation>与线上文案对比（空）</translation>
    </message>
    <message>
        <source>Approved by %1, %2</source>
        <translation>由 %1 通过，%2</translation>
    </message>
    <message>
        <source>Never approved</source>
        <translation>从未通过</translation>
    </message>
    <message>
        <source>Against the last approved (none yet)</source>
        <translation>与上次通过的版本对比（暂无）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No decisions yet</source>
        <translation>暂无审核决定</translation>
    </message>
    <message>
        <source>Draft text</source>
        <translation>草稿文本</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Choose a draft to see its checks.</source>
        <translation>选择一份草稿以查看其检查结果。</translation>
    </message>
    <message>
        <source>Source and translation</source>
        <translation>原文与译文</translation>
    </message>
    <message>
        <source>Source and translation (outdated)</source>
        <translation>原文与译文（已过时）</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ReviewPane</name>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>全部模板</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All writers</source>
        <translation>全部撰写者</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>A approve · R reject · J/K next/previous · Ctrl+Return approve and next</source>
        <translation>A 通过 · R 驳回 · J/K 下一份/上一份 · Ctrl+Return 通过并转到下一份</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Could not load the review queue: %1</source>
        <translation>无法加载审核队列：%1</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>通过(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <source>Approve and &amp;next</source>
        <translation>通过并下一份(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;ext draft</source>
        <translation>下一份草稿(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Previous draft</source>
        <translation>上一份草稿(&amp;P)</translation>
    </message>
    <message>
        <source>Approve &amp;selected…</source>
        <translation>通过所选(&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;load queue</source>
        <translation>重新加载队列(&amp;L)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Could not load the filter lists: %1</source>
        <translation>无法加载筛选列表：%1</translation>
    </message>
    <message>
        <source>Choose a draft in the queue first.</source>
        <translation>请先在队列中选择一份草稿。</translation>
    </message>
    <message>
        <source>Select the drafts to approve first (Shift or Ctrl with the arrows or the mouse).</source>
        <translation>请先选择要通过的草稿（按住 Shift 或 Ctrl 配合方向键或鼠标）。</translation>
    </message>
    <message>
        <source>Approve drafts</source>
        <translation>通过草稿</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n selected draft(s)?</source>
        <translation><numerusform>要通过所选的 %n 份草稿吗？</numerusform></translation>
    </message>
    <message>
        <source>Each is recorded in the audit trail under your reviewer name. Drafts that are not submitted are left as they are.</source>
        <translation>每一项都会以你的审核人名称记入审计记录。未提交的草稿保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n</source>
        <translation><numerusform>通过 %n 份</numerusform></translation>
    </message>
    <message>
        <source>rejecting…</source>
        <translation>正在驳回…</translation>
    </message>
    <message>
        <source>approving…</source>
        <translation>正在通过…</translation>
    </message>
    <message>
        <source>Could not reject %1: %2</source>
        <translation>无法驳回 %1：%2</translation>
    </message>
    <message>
        <source>Could not approve %1: %2</source>
        <translation>无法通过 %1：%2</translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <translation>已驳回 %1。</translation>
    </message>
    <message>
        <source>Approved %1.</source>
        <translation>已通过 %1。</translation>
    </message>
    <message>
        <source>Could not approve the selected drafts: %1</source>
        <translation>无法通过所选草稿：%1</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n draft(s).</source>
        <translation><numerusform>已通过 %n 份草稿。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) were not approved: %1</source>
        <translation><numerusform>%n 份草稿未通过：%1</numerusform></translation>
    </message>
    <message>
        <source>No drafts match the filters.</source>
        <translation>没有符合筛选条件的草稿。</translation>
    </message>
    <message>
        <source>Choose a draft in the queue.</source>
        <translation>请在队列中选择一份草稿。</translation>
    </message>
    <message>
        <source>Could not load the draft: %1</source>
        <translation>无法加载草稿：%1</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>草稿 %1</translation>
    </message>
    <message>
        <source>draft %1 (%2, %3)</source>
        <translation>草稿 %1（%2，%3）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft(s)</source>
        <translation><numerusform>%Ln 份草稿</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %Ln selected</source>
        <translation><numerusform>，已选 %Ln 份</numerusform></translation>
    </message>
    <message>
        <source>Drafts by the worst finding of their checks</source>
        <translation>按检查中最严重的问题筛选草稿</translation>
    </message>
    <message>
        <source>Any checks</source>
        <translation>任意检查结果</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>有警告</translation>
    </message>
    <message>
        <source>Info only</source>
        <translation>仅有提示</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Approved %1 past its checks; the reason is in the audit trail.</source>
        <translation>已忽略检查结果通过 %1；理由已记入审计记录。</translation>
    </message>
    <message>
        <source>%1 was not approved: its checks found errors.</source>
        <translation>%1 未通过：检查发现了错误。</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) were not approved because their checks found errors: review them one by one (approving each asks for a reason).</source>
        <translation><numerusform>%n 份草稿因检查发现错误而未通过：请逐一审核（每份通过时都需要填写理由）。</numerusform></translation>
    </message>
    <message>
        <source>Could not check this draft: %1</source>
        <translation>无法检查此草稿：%1</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>所有人群画像</translation>
    </message>
    <message>
        <source>For everyone (no persona)</source>
        <translation>面向所有人（无人群画像）</translation>
    </message>
    <message>
        <source>Drafts written for one audience persona</source>
        <translation>为某个受众人群画像撰写的草稿</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ReviewQueueModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>撰写者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>无问题</translation>
    </message>
    <message>
        <source>Not checked yet: the checks run in the background</source>
        <translation>尚未检查：检查正在后台运行</translation>
    </message>
    <message>
        <source>First error: %1</source>
        <translation>首个错误：%1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>人群画像</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation>%1（已过时）</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::SaveConflictDialog</name>
    <message>
        <source>Someone else saved this copy</source>
        <translation>其他人已保存此文案</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <translation>由 %1 保存</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>您的文本</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Save your text as the next version; theirs stays in the draft's history</source>
        <translation>将您的文本保存为下一版本；对方的文本保留在草稿历史中</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Put their text in the editor (Undo brings yours back)</source>
        <translation>将对方的文本放入编辑器（撤销可恢复您的文本）</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>模型服务(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Generation</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>G&amp;eneral</source>
        <translation>常规(&amp;E)</translation>
    </message>
    <message>
        <source>Connected in %1 ms. Models (%2): %3</source>
        <translation>连接成功，用时 %1 毫秒。模型（%2）：%3</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Fetch models</source>
        <translation>获取模型列表(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>保存配置(&amp;S)</translation>
    </message>
    <message>
        <source>Default &amp;profile:</source>
        <translation>默认配置(&amp;P)：</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>默认模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T)：</translation>
    </message>
    <message>
        <source>Max &amp;output tokens:</source>
        <translation>最大输出 token 数(&amp;O)：</translation>
    </message>
    <message>
        <source>Used for new generations and for the cost estimate under the rendered prompt.</source>
        <translation>用于新的生成，以及渲染后提示词下方的费用估算。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>your login name is used when empty</source>
        <translation>留空时使用你的登录名</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>审核人名称(&amp;R)：</translation>
    </message>
    <message>
        <source>The reviewer name is recorded with every approval, rejection and export, by the studio and by copydesk-cli on this database. A new language applies from the next start.</source>
        <translation>工作室和 copydesk-cli 在此数据库上的每次通过、驳回和导出都会记录审核人名称。新的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source> (built-in, changed)</source>
        <translation>（内置，已修改）</translation>
    </message>
    <message>
        <source> (built-in)</source>
        <translation>（内置）</translation>
    </message>
    <message>
        <source>&amp;Reset to built-in</source>
        <translation>恢复为内置设置(&amp;R)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新配置</translation>
    </message>
    <message>
        <source>Fill in the new profile, then Save profile.</source>
        <translation>请填写新配置，然后点击“保存配置”。</translation>
    </message>
    <message>
        <source>A profile needs a name and a base URL.</source>
        <translation>配置需要名称和基础 URL。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved profile %1.</source>
        <translation>已保存配置 %1。</translation>
    </message>
    <message>
        <source>The key was not written: %1</source>
        <translation>密钥未写入：%1</translation>
    </message>
    <message>
        <source>Saved profile %1; its key is in the keychain.</source>
        <translation>已保存配置 %1；其密钥已存入钥匙串。</translation>
    </message>
    <message>
        <source>Saved profile %1, but the keychain did not take the key: %2</source>
        <translation>已保存配置 %1，但钥匙串未能保存密钥：%2</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>移除配置</translation>
    </message>
    <message>
        <source>Remove the profile %1 and its stored key?</source>
        <translation>要移除配置 %1 及其已保存的密钥吗？</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>正在向 %1 获取模型列表…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Copydesk.</source>
        <translation>新的语言将在下次启动 Copydesk 时生效。</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>Gl&amp;ossary</source>
        <translation>术语表(&amp;O)</translation>
    </message>
    <message>
        <source>Glossary not saved</source>
        <translation>术语表未保存</translation>
    </message>
    <message>
        <source>The glossary could not be saved: %1</source>
        <translation>无法保存术语表：%1</translation>
    </message>
    <message>
        <source>Team &amp;store</source>
        <translation>团队存储(&amp;S)</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Esc or a click closes this sheet.</source>
        <translation>按 Esc 或点击即可关闭此面板。</translation>
    </message>
    <message>
        <source>(%1 is bound more than once)</source>
        <translation>（%1 被绑定了多次）</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::SimilarDraftsDialog</name>
    <message>
        <source>&amp;Similar drafts…</source>
        <translation>相似文案(&amp;S)…</translation>
    </message>
    <message>
        <source>Lists texts of different products that say nearly the same thing</source>
        <translation>列出不同商品之间内容几乎相同的文本</translation>
    </message>
    <message>
        <source>Similar drafts</source>
        <translation>相似文案</translation>
    </message>
    <message>
        <source>How alike two texts must be to be listed: 1.00 is the same text</source>
        <translation>两段文本的相似度达到多少才会列出：1.00 表示完全相同</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>草稿(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>扫描(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel scan</source>
        <translation>取消扫描</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>阈值(&amp;T)：</translation>
    </message>
    <message>
        <source>Scan the drafts and the catalog for copy that repeats another product's.</source>
        <translation>扫描草稿和商品目录，查找与其他商品重复的文案。</translation>
    </message>
    <message>
        <source>Open &amp;A in the editor</source>
        <translation>在编辑器中打开 A(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;B in the editor</source>
        <translation>在编辑器中打开 B(&amp;B)</translation>
    </message>
    <message>
        <source>Choose drafts, catalog descriptions or both.</source>
        <translation>请选择草稿、商品目录描述或两者。</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>扫描已取消。</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message>
        <source>No two texts of different products are %1 alike or more.</source>
        <translation>没有相似度达到 %1 或以上的不同商品文本。</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of texts %1 alike or more, the most similar first.</source>
        <translation><numerusform>共 %n 对文本相似度达到 %1 或以上，按相似度从高到低排列。</numerusform></translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Choose a pair to compare the two texts.</source>
        <translation>选择一对文本以进行比较。</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <source>&amp;Catalog descriptions</source>
        <translation>商品目录描述(&amp;C)</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::SimilarPairsModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (draft %2)</source>
        <translation>%1（草稿 %2）</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Shared passage</source>
        <translation>共同段落</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::TemplateAssist</name>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>%1 part %2:%3</source>
        <translation>%1部分 %2:%3</translation>
    </message>
    <message>
        <source> (partial %1)</source>
        <translation>（子模板 %1）</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::TemplateEditor</name>
    <message>
        <source>No template selected</source>
        <translation>未选择模板</translation>
    </message>
    <message>
        <source>Instructions for the model: voice, rules, format…</source>
        <translation>给模型的指示：语气、规则、格式…</translation>
    </message>
    <message>
        <source>The request for one product, e.g. Write a description of {{title}}…</source>
        <translation>针对单件商品的请求，例如：为 {{title}} 写一段描述…</translation>
    </message>
    <message>
        <source>&amp;System part</source>
        <translation>系统部分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;User part</source>
        <translation>用户部分(&amp;U)</translation>
    </message>
    <message>
        <source>What changed (optional)</source>
        <translation>修改说明（可选）</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>%1 — version %2 · field %3 · channel %4</source>
        <translation>%1 — 第 %2 版 · 字段 %3 · 渠道 %4</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::TemplateListModel</name>
    <message>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>第 %1 版 — %2</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::TemplateVersionsDialog</name>
    <message>
        <source>Versions of %1</source>
        <translation>%1 的版本</translation>
    </message>
    <message>
        <source>User part</source>
        <translation>用户部分</translation>
    </message>
    <message>
        <source>System part</source>
        <translation>系统部分</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>恢复此版本(&amp;R)</translation>
    </message>
    <message>
        <source>Saves the older version's text as a new version; no version is changed or removed</source>
        <translation>将旧版本的文本另存为新版本；不会修改或删除任何版本</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>with</source>
        <translation>与</translation>
    </message>
    <message>
        <source>Reading the versions…</source>
        <translation>正在读取版本…</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>This template has one version only.</source>
        <translation>此模板只有一个版本。</translation>
    </message>
    <message>
        <source>Settings: the same.</source>
        <translation>设置：相同。</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>设置：%1</translation>
    </message>
    <message>
        <source>&amp;Restore version %1</source>
        <translation>恢复第 %1 版(&amp;R)</translation>
    </message>
    <message>
        <source>restored from version %1</source>
        <translation>从第 %1 版恢复</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>未恢复：%1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>已保存为第 %1 版。</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::TranslateDialog</name>
    <message>
        <source>imperial units</source>
        <translation>英制单位</translation>
    </message>
    <message>
        <source>metric units</source>
        <translation>公制单位</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 · %4</source>
        <translation>%1 — %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Translate approved copy</source>
        <translation>翻译已通过的文案</translation>
    </message>
    <message numerus="yes">
        <source>Translate %n approved draft(s) into each language checked below: one new draft per draft and language, reviewed like any other. Glossary terms marked “do not translate” and brand names stay as they are; units follow the market.</source>
        <translation><numerusform>将 %n 份已通过的草稿翻译成下面勾选的每种语言：每份草稿、每种语言各生成一份新草稿，像其他草稿一样审核。术语表中标为“不翻译”的词和品牌名保持原样；单位按目标市场换算。</numerusform></translation>
    </message>
    <message>
        <source>Instructions in English (translate-en)</source>
        <translation>英文指令（translate-en）</translation>
    </message>
    <message>
        <source>Instructions in Chinese (translate-zh)</source>
        <translation>中文指令（translate-zh）</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Estimate…</source>
        <translation>估算…</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::TranslationSourceView</name>
    <message>
        <source>Source · draft %1 · %2</source>
        <translation>原文 · 草稿 %1 · %2</translation>
    </message>
    <message>
        <source>Source · draft %1 (deleted)</source>
        <translation>原文 · 草稿 %1（已删除）</translation>
    </message>
    <message>
        <source>Translation · %1 · draft %2</source>
        <translation>译文 · %1 · 草稿 %2</translation>
    </message>
    <message>
        <source>Outdated: the source was edited after this translation was made. Translate it again, or bring it up to date by hand.</source>
        <translation>已过时：此译文生成后原文又被修改过。请重新翻译，或手动更新。</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::TrendBarChart</name>
    <message>
        <source>Growth, this window against the one before</source>
        <translation>增长率：本窗口对比上一窗口</translation>
    </message>
    <message>
        <source>Rising</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>Falling</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>%1: %2 (this window %3, the one before %4)</source>
        <translation>%1：%2（本窗口 %3，上一窗口 %4）</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::TrendLineChart</name>
    <message>
        <source>Choose a keyword to see its searches over time</source>
        <translation>选择一个关键词，查看其搜索量随时间的变化</translation>
    </message>
    <message>
        <source>Searches or sales</source>
        <translation>搜索量或销量</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>80% interval</source>
        <translation>80% 区间</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>%1, forecast for %2: %3 (80% interval %4 to %5; a straight line through %6 points)</source>
        <translation>%1，%2 的预测：%3（80% 区间 %4 至 %5；由 %6 个数据点拟合的直线）</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::TrendsPage</name>
    <message>
        <source>Growth compares the last N days up to the newest day in the data with the N days before them:
(this window − the one before) ÷ max(the one before, minimum volume). A day without a row counts as 0.
Keywords under the minimum volume in both windows are left out, so a jump from 1 to 3 does not top the list.
Next: a least-squares straight line through both windows, one period on, with its 80% prediction interval.</source>
        <translation>增长率比较数据中最新一天往前的 N 天与再往前的 N 天：
（本窗口 − 上一窗口）÷ max（上一窗口，最低量）。没有记录的日子按 0 计。
两个窗口都低于最低量的关键词不参与排名，因此从 1 涨到 3 不会排到榜首。
下期：用最小二乘直线拟合两个窗口的数据，向后推一个周期，并给出 80% 预测区间。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Rising first</source>
        <translation>上升优先</translation>
    </message>
    <message>
        <source>Falling first</source>
        <translation>下降优先</translation>
    </message>
    <message>
        <source>&amp;Import trends…</source>
        <translation>导入趋势(&amp;I)…</translation>
    </message>
    <message>
        <source>CSV date,keyword,value (optionally sku), Google Trends' CSV export, or a shop's search-term report</source>
        <translation>CSV：date,keyword,value（可选 sku）、Google 趋势导出的 CSV，或店铺的搜索词报告</translation>
    </message>
    <message>
        <source>Use as &amp;keywords</source>
        <translation>用作关键词(&amp;K)</translation>
    </message>
    <message>
        <source>Add the checked keywords (or the chosen one) to the Variables pane's keywords: templates write with them and the keyword check measures whether the copy uses them</source>
        <translation>将勾选的关键词（或当前选中的关键词）加入“变量”面板的关键词：模板据此撰写，关键词检查会衡量文案是否用到了它们</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>窗口(&amp;W)：</translation>
    </message>
    <message>
        <source>Minimum &amp;volume:</source>
        <translation>最低量(&amp;V)：</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>This window</source>
        <translation>本窗口</translation>
    </message>
    <message>
        <source>Next (80% interval)</source>
        <translation>下期（80% 区间）</translation>
    </message>
    <message>
        <source>Could not read the keyword trends: %1</source>
        <translation>无法读取关键词趋势：%1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Imported %1 (%2 to %3): keywords %4, points %5</source>
        <translation>已导入 %1（%2 至 %3）：关键词 %4 个，数据点 %5 个</translation>
    </message>
    <message>
        <source>Import keyword trends</source>
        <translation>导入关键词趋势</translation>
    </message>
    <message>
        <source>Trend files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>趋势文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>too few points</source>
        <translation>数据点太少</translation>
    </message>
    <message>
        <source>No keyword trends yet: Import trends… reads a CSV of date, keyword and value, a Google Trends export or a shop's search-term report.</source>
        <translation>尚无关键词趋势：“导入趋势…”可读取包含日期、关键词和数值的 CSV、Google 趋势导出文件或店铺的搜索词报告。</translation>
    </message>
    <message>
        <source>Ranked: %1 to %2 against the %3 days before; keywords: %4</source>
        <translation>排名：%1 至 %2，对比之前的 %3 天；关键词：%4 个</translation>
    </message>
    <message>
        <source>; under the minimum volume: %1</source>
        <translation>；低于最低量：%1 个</translation>
    </message>
    <message>
        <source>Check the keywords to use first.</source>
        <translation>请先勾选要使用的关键词。</translation>
    </message>
    <message>
        <source>Previous window</source>
        <translation>上一窗口</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::UnsavedCopyDialog</name>
    <message>
        <source>Unsaved copy found</source>
        <translation>发现未保存的文案</translation>
    </message>
    <message>
        <source>Unsaved copy</source>
        <translation>文案未保存</translation>
    </message>
    <message>
        <source>Copydesk ended without saving these texts (a crash, or it was stopped). Restore them to go on editing: each opens in its editor as unsaved copy.</source>
        <translation>Copydesk 上次退出时未保存这些文本（程序崩溃或被强行停止）。恢复后即可继续编辑：每段文本都会作为未保存的文案在相应的编辑器中打开。</translation>
    </message>
    <message>
        <source>Texts you have edited in this session and not saved yet.</source>
        <translation>本次会话中已编辑但尚未保存的文本。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>最后编辑时间</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Restore &amp;all</source>
        <translation>全部恢复(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Restore selected</source>
        <translation>恢复所选(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Discard selected</source>
        <translation>放弃所选(&amp;D)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Keep the texts; they are offered again at the next start</source>
        <translation>保留这些文本；下次启动时会再次提示</translation>
    </message>
    <message>
        <source>Discard unsaved copy</source>
        <translation>放弃未保存的文案</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unsaved text(s)? They cannot be brought back.</source>
        <translation><numerusform>要放弃 %n 段未保存的文本吗？放弃后将无法找回。</numerusform></translation>
    </message>
    <message>
        <source>Template %1, version %2</source>
        <translation>模板 %1，第 %2 版</translation>
    </message>
    <message>
        <source>system and user parts</source>
        <translation>系统部分和用户部分</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::UnsavedCopyTracker</name>
    <message>
        <source>The unsaved copy is back in the copy editor; it is not saved yet.</source>
        <translation>未保存的文案已恢复到文案编辑器中，尚未保存。</translation>
    </message>
    <message>
        <source>The template version of the unsaved text could not be read: %1</source>
        <translation>无法读取未保存文本所用的模板版本：%1</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>它已不存在</translation>
    </message>
    <message>
        <source>The unsaved template is back in the prompt editor; it is not saved yet.</source>
        <translation>未保存的模板已恢复到提示词编辑器中，尚未保存。</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::VariablesPane</name>
    <message>
        <source>&amp;Brand voice:</source>
        <translation>品牌语气(&amp;B)：</translation>
    </message>
    <message>
        <source>e.g. warm, expert, no hype</source>
        <translation>例如：温暖、专业、不夸大</translation>
    </message>
    <message>
        <source>&amp;Audience / persona:</source>
        <translation>受众 / 人群画像(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. busy parents who cook at home</source>
        <translation>例如：在家做饭的忙碌父母</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>语言(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. English, 简体中文</source>
        <translation>例如：English、简体中文</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>关键词(&amp;K)：</translation>
    </message>
    <message>
        <source>comma-separated, e.g. organic, loose leaf</source>
        <translation>以逗号分隔，例如：有机, 散叶</translation>
    </message>
    <message>
        <source>&amp;Tone:</source>
        <translation>语调(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. friendly</source>
        <translation>例如：亲切</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>长度(&amp;L)：</translation>
    </message>
    <message>
        <source>e.g. about 120 words</source>
        <translation>例如：约 120 字</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Save variables</source>
        <translation>保存变量</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>预设名称：</translation>
    </message>
    <message>
        <source>Saved preset %1.</source>
        <translation>已保存预设 %1。</translation>
    </message>
    <message>
        <source>There is no preset %1 any more.</source>
        <translation>预设 %1 已不存在。</translation>
    </message>
    <message>
        <source>Loaded preset %1.</source>
        <translation>已加载预设 %1。</translation>
    </message>
    <message>
        <source>Deleted preset %1.</source>
        <translation>已删除预设 %1。</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::VariantColumn</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>%1 · variant %2 · %3 / %4</source>
        <translation>%1 · 变体 %2 · %3 / %4</translation>
    </message>
    <message>
        <source>Use this variant</source>
        <translation>采用此变体</translation>
    </message>
    <message>
        <source>Makes this draft the working copy (Alt+%1)</source>
        <translation>将此草稿设为工作稿（Alt+%1）</translation>
    </message>
    <message>
        <source>Waiting for a free connection…</source>
        <translation>正在等待空闲连接…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在撰写…</translation>
    </message>
    <message>
        <source>Writing… (retrying after a provider error)</source>
        <translation>正在撰写…（模型服务出错后重试中）</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>正在保存草稿…</translation>
    </message>
    <message>
        <source>Failed: %1
%2</source>
        <translation>失败：%1
%2</translation>
    </message>
    <message>
        <source>Saved as draft #%1.</source>
        <translation>已保存为草稿 #%1。</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>正在重试…</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Variant %1 · version %2 · %3 · %4</source>
        <translation>变体 %1 · 第 %2 版 · %3 · %4</translation>
    </message>
    <message>
        <source>Draft #%1, written %2 UTC.</source>
        <translation>草稿 #%1，写于 %2 UTC。</translation>
    </message>
    <message>
        <source>For %1 · %2</source>
        <translation>面向 %1 · %2</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::VariantTableModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手写</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>The winner: significantly better than every other variant</source>
        <translation>胜出者：显著优于其他每个变体</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>人群画像</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>展示次数</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>点击次数</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>转化次数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
</context>
<context>
    <name>copydesk::ui::VersionResultsPanel</name>
    <message>
        <source>A/B results by version</source>
        <translation>各版本的 A/B 测试结果</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>人群画像</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>实验数</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>胜出</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>展示次数</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>转化次数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>Open a template to see how its versions did.</source>
        <translation>打开一个模板，查看其各版本的表现。</translation>
    </message>
    <message>
        <source>Could not read the A/B results: %1</source>
        <translation>无法读取 A/B 测试结果：%1</translation>
    </message>
    <message>
        <source>No A/B experiment has used this template yet.</source>
        <translation>尚无 A/B 实验使用过此模板。</translation>
    </message>
    <message>
        <source>Experiments that used this template: %1. Rates are pooled over each version's variants.</source>
        <translation>使用此模板的实验：%1 个。转化率按每个版本的全部变体合并计算。</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 个中 %1 个</translation>
    </message>
    <message>
        <source>%1: %2 of %3 converted, %4 (95% CI %5); won %6 of %7 decided experiments</source>
        <translation>%1：%3 次展示中 %2 次转化，%4（95% 置信区间 %5）；在 %7 个已有结论的实验中胜出 %6 个</translation>
    </message>
    <message>
        <source>%1: conversion rate by version</source>
        <translation>%1：各版本转化率</translation>
    </message>
    <message>
        <source>Version %1 has no A/B results yet.</source>
        <translation>第 %1 版尚无 A/B 测试结果。</translation>
    </message>
    <message>
        <source>No earlier version of this template has A/B results to compare with.</source>
        <translation>此模板没有更早的、有 A/B 测试结果的版本可供比较。</translation>
    </message>
    <message>
        <source>v%1 and v%2 have not been in the same experiment yet.</source>
        <translation>v%1 和 v%2 尚未出现在同一个实验中。</translation>
    </message>
    <message>
        <source>v%1 against v%2 where both ran (experiments: %3): %4 against %5</source>
        <translation>在两者都参与的实验中（%3 个），v%1 对比 v%2：%4 对 %5</translation>
    </message>
    <message>
        <source>%1 (nothing to test yet).</source>
        <translation>%1（尚无可检验的数据）。</translation>
    </message>
    <message>
        <source>no significant difference</source>
        <translation>无显著差异</translation>
    </message>
    <message>
        <source>v%1 converts better</source>
        <translation>v%1 转化更好</translation>
    </message>
    <message>
        <source>v%1 converts worse</source>
        <translation>v%1 转化更差</translation>
    </message>
    <message>
        <source>%1, %2 (%3, two-proportion z-test on the pooled counts).</source>
        <translation>%1，%2（%3，对合并计数做双比例 z 检验）。</translation>
    </message>
</context>
</TS>