#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/common/json.h"
#include "core/store/product_link.h"

namespace copydesk {

struct Variant {
  std::string sku;
  std::string title;
  std::string price;
  Json options = Json::object();     // option name -> value, e.g. {"Size": "M", "Color": "Blue"}
  Json attributes = Json::object();  // the variant row's other non-empty source columns
};

// A catalog product as stored: the well-known fields plus every other source column in attributes.
struct Product {
  std::int64_t id = 0;
  std::string sku;  // the SKU, or the handle for Shopify: the key re-imports match on
  std::string title;
  std::string description;
  std::string brand;
  std::string category;
  std::vector<std::string> tags;
  std::string price;
  Json attributes = Json::object();
  std::vector<Variant> variants;
  std::vector<ProductLink> links;  // upsells, cross-sells, grouped products, as the source listed them
  std::string source;  // format it came from: shopify, woocommerce, generic, json, sample
  std::string createdAt;
  std::string updatedAt;
};

Json toJson(const Variant& variant);
Json toJson(const Product& product);

}  // namespace copydesk
