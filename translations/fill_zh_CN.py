#!/usr/bin/env python3
"""Fills translations/copydesk_zh_CN.ts from the table below after `lupdate` added new sources.

Run: lupdate -I . -no-obsolete -locations none -target-language zh_CN ui -ts translations/copydesk_zh_CN.ts
     python3 translations/fill_zh_CN.py
A source missing from the table is reported and left unfinished, so nothing ships half-translated silently.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ZH = {
    "Copydesk — %1": "Copydesk — %1",
    "Products": "商品",
    "Templates": "模板",
    "Rendered prompt": "渲染后的提示词",
    "Unsaved template": "模板未保存",
    "The template has changes that are not saved. Discard them?": "模板有尚未保存的修改。要放弃这些修改吗？",
    "Could not add the sample catalog: %1": "无法添加示例商品目录：%1",
    "Welcome! The sample catalog and the default templates were added to this new database "
    "(products: %1, templates: %2).":
        "欢迎！已向这个新数据库添加示例商品目录和默认模板（商品：%1，模板：%2）。",
    "Template not saved": "模板未保存",
    "Saved %1 as version %2": "已将 %1 保存为第 %2 版",
    "Generation: not checked": "生成：未检查",
    "Generation: checking %1…": "生成：正在检查 %1…",
    "Generation: %1 ready": "生成：%1 已就绪",
    "Generation unavailable: %1 not reachable": "无法生成：无法连接 %1",
    "&File": "文件(&F)",
    "&Quit": "退出(&Q)",
    "&View": "视图(&V)",
    "Show the &provider guide": "显示模型服务指南(&P)",
    "&Settings": "设置(&S)",
    "&Language": "语言(&L)",
    "System default": "跟随系统",
    "Language": "语言",
    "The new language is used from the next start of Copydesk.": "新的语言将在下次启动 Copydesk 时生效。",
    "&Appearance": "外观(&A)",
    "Follow the system": "跟随系统",
    "Light": "浅色",
    "Dark": "深色",
    "Appearance": "外观",
    "The system palette is used from the next start of Copydesk.": "系统配色将在下次启动 Copydesk 时生效。",
    "&Help": "帮助(&H)",
    "&About Copydesk": "关于 Copydesk(&A)",
    "About Copydesk": "关于 Copydesk",
    "<h3>Copydesk %1</h3><p>A desktop studio for e-commerce copy written with large language models. "
    "Everything stays in one local SQLite file:</p><p><code>%2</code></p>":
        "<h3>Copydesk %1</h3><p>用大语言模型撰写电商文案的桌面工作室。所有数据都保存在一个本地 SQLite 文件中：</p>"
        "<p><code>%2</code></p>",
    "Loading…": "加载中…",
    "SKU": "SKU",
    "Title": "标题",
    "Category": "类目",
    "Variants": "规格",
    "Status": "状态",
    "no copy": "无文案",
    "draft": "草稿",
    "in review": "审核中",
    "approved": "已通过",
    "exported": "已导出",
    "Search products (SKU, title, description, brand…)": "搜索商品（SKU、标题、描述、品牌…）",
    "All categories": "全部类目",
    "Could not load products: %1": "无法加载商品：%1",
    "Searching…": "正在搜索…",
    "%1 products": "%1 件商品",
    "%1 matching products": "%1 件匹配的商品",
    "Dismiss this guide": "关闭此指南",
    "Dismiss": "关闭",
    "Checking the default model provider, %1…": "正在检查默认模型服务 %1…",
    "<b>Generation is available</b> through %1 (models offered: %2).": "<b>可以生成文案</b>：%1（可用模型：%2）。",
    "<b>Generation is unavailable:</b> no model provider is reachable at %1 (%2).":
        "<b>暂时无法生成文案：</b>无法连接位于 %1 的模型服务（%2）。",
    "To generate copy, start a local OpenAI-compatible server such as Ollama, llama.cpp or LM Studio at that "
    "address, or choose a hosted provider (OpenAI, DeepSeek, Qwen, Anthropic…) and put its API key in the "
    "environment variable its profile names. Writing, editing templates, reviewing and exporting work without "
    "a provider.":
        "要生成文案，请在该地址启动一个兼容 OpenAI 接口的本地服务（如 Ollama、llama.cpp 或 LM Studio），"
        "或选择一个云端服务（OpenAI、DeepSeek、通义千问、Anthropic…），并把它的 API 密钥放进其配置所指定的环境变量。"
        "没有模型服务时，撰写、编辑模板、审核和导出都照常可用。",
    "the server answered HTTP %1": "服务器返回 HTTP %1",
    "System message": "系统消息",
    "User message": "用户消息",
    "Select a template and a product to see the prompt they make.": "选择一个模板和一件商品，即可查看它们生成的提示词。",
    "Prompt for <b>%1</b> with template <b>%2</b>": "商品 <b>%1</b> 使用模板 <b>%2</b> 的提示词",
    "Template <b>%1</b> has errors; it is shown as written.": "模板 <b>%1</b> 有错误，按原文显示。",
    "Template <b>%1</b> as written — select a product to see its prompt.": "模板 <b>%1</b> 原文 — 选择一件商品即可查看其提示词。",
    "No template selected": "未选择模板",
    "Instructions for the model: voice, rules, format…": "给模型的指示：语气、规则、格式…",
    "The request for one product, e.g. Write a description of {{title}}…": "针对单件商品的请求，例如：为 {{title}} 写一段描述…",
    "&System part": "系统部分(&S)",
    "&User part": "用户部分(&U)",
    "What changed (optional)": "修改说明（可选）",
    "Save as new version": "另存为新版本",
    "Revert": "还原",
    "%1 — version %2 · field %3 · channel %4": "%1 — 第 %2 版 · 字段 %3 · 渠道 %4",
    "Version %1": "第 %1 版",
    "Version %1 — %2": "第 %1 版 — %2",
    "Template": "模板",
    "Version": "版本",
    "Field": "字段",
    "Channel": "渠道",
    "Author": "作者",
    "Saved": "保存时间",
}


def main() -> int:
    path = Path(__file__).with_name("copydesk_zh_CN.ts")
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        text = ZH.get(source)
        if text is None:
            missing.append(source)
            translation.set("type", "unfinished")
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            form = ET.SubElement(translation, "numerusform")  # Chinese has one plural form
            form.text = text
        else:
            translation.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
