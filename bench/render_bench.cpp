// Prompt rendering for a batch: one parsed template, 100,000 products.
// Prints ratios against baselines measured in the same run:
//   parse-once render vs hand-written string building of the same prompt (the floor), and
//   parse-every-time render (what re-reading the template per product would cost).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/templates/compiled_prompt.h"
#include "core/templates/template_context.h"

using namespace copydesk;

namespace {

using Clock = std::chrono::steady_clock;

const char* kUser =
    "Write a product description for the product below.\n\n"
    "Product: {{title}}\n{{#brand}}\nBrand: {{brand}}\n{{/brand}}\n{{#price}}\nPrice: {{price}}\n{{/price}}\n"
    "{{#has_attributes}}\nAttributes:\n{{#attribute_list}}\n- {{name}}: {{value}}\n{{/attribute_list}}\n{{/has_attributes}}\n"
    "{{#has_variants}}\nVariants:\n{{#variants}}\n- {{title}} | {{price}}\n{{/variants}}\n{{/has_variants}}\n"
    "{{#description}}\nCurrent description:\n{{description}}\n{{/description}}\n"
    "{{#tone}}\nTone: {{tone}}\n{{/tone}}\nLength: about 150 words.";

Product makeProduct(int i) {
  Product p;
  p.sku = "SKU-" + std::to_string(i);
  p.title = "Organic cotton T-shirt \"Model " + std::to_string(i % 97) + "\"";
  p.description = "Soft, breathable jersey & a relaxed fit. Pre-washed so it keeps its shape.";
  p.brand = "Nordhaus";
  p.price = std::to_string(10 + i % 50) + ".00";
  p.attributes = Json{{"Material", "100% organic cotton"}, {"Fit", "Relaxed"}, {"产地", "Portugal"}};
  for (const char* size : {"S", "M", "L"}) {
    Variant v;
    v.sku = p.sku + "-" + size;
    v.title = size;
    v.price = p.price;
    p.variants.push_back(v);
  }
  return p;
}

// The same prompt written by hand: the lower bound any template engine is measured against.
std::string handWritten(const Json& c) {
  std::string s = "Write a product description for the product below.\n\nProduct: ";
  s += c["title"].get_ref<const std::string&>();
  s += "\nBrand: " + c["brand"].get<std::string>() + "\nPrice: " + c["price"].get<std::string>() + "\nAttributes:\n";
  for (const Json& a : c["attribute_list"]) s += "- " + a["name"].get<std::string>() + ": " + a["value"].get<std::string>() + "\n";
  s += "Variants:\n";
  for (const Json& v : c["variants"]) s += "- " + v["title"].get<std::string>() + " | " + v["price"].get<std::string>() + "\n";
  s += "Current description:\n" + c["description"].get<std::string>() + "\nTone: " + c["tone"].get<std::string>() +
       "\nLength: about 150 words.";
  return s;
}

template <class F>
double seconds(F&& f) {
  const auto start = Clock::now();
  f();
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  int count = 100000;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::string(argv[i]) == "--products") count = std::atoi(argv[i + 1]);
  PromptTemplate prompt;
  prompt.name = "bench";
  prompt.userPart = kUser;
  std::vector<Json> contexts;
  contexts.reserve(static_cast<std::size_t>(count));
  const double build = seconds([&] {
    for (int i = 0; i < count; ++i) contexts.push_back(buildTemplateContext(makeProduct(i), Json{{"tone", "warm"}}));
  });

  auto compiled = CompiledPrompt::compile(prompt);
  if (!compiled) return 1;
  std::size_t bytes = 0;
  const double engine = seconds([&] {
    for (const Json& c : contexts) bytes += compiled->render(c).user.size();
  });
  std::size_t handBytes = 0;
  const double hand = seconds([&] {
    for (const Json& c : contexts) handBytes += handWritten(c).size();
  });
  // Parsing per product is slow; measure it on a tenth and scale.
  const int reparseCount = std::max(1, count / 10);
  const double reparse = seconds([&] {
    for (int i = 0; i < reparseCount; ++i) bytes += CompiledPrompt::compile(prompt)->render(contexts[i]).user.size();
  }) * (static_cast<double>(count) / reparseCount);

  const bool same = handWritten(contexts[0]) == compiled->render(contexts[0]).user;
  std::printf("products: %d  (context building %.3f s)\n", count, build);
  std::printf("parse once, render each:   %.3f s  (%.0f renders/s, %.1f MB)\n", engine, count / engine, bytes / 1e6);
  std::printf("hand-written baseline:     %.3f s  (output identical: %s)\n", hand, same ? "yes" : "NO");
  std::printf("parse for every product:   %.3f s  (scaled from %d)\n", reparse, reparseCount);
  std::printf("ratio engine / hand-written: %.2fx\n", engine / hand);
  std::printf("ratio reparse / engine:      %.2fx\n", reparse / engine);
  return same ? 0 : 2;
}
