<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
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
</context>
<context>
    <name>copydesk::ui::ProviderProbe</name>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>服务器返回 HTTP %1</translation>
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
</TS>