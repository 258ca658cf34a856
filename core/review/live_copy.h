#pragma once

#include <string>

#include "core/store/product.h"

namespace copydesk {

// The text a product's field has in the shop right now, as the catalog import saw it: title and
// description from their own columns, any other field (seo_title, short_description, bullets…)
// from the source column of that name, matched ignoring case, spaces and punctuation ("SEO Title",
// "seo-title" and "seo_title" are one field). Empty when the catalog has no such column.
std::string liveCopy(const Product& product, const std::string& field);

}  // namespace copydesk
