#pragma once

#include <QString>

#include "core/store/product.h"

namespace copydesk::ui {

// The facts column of the copy editor as HTML: what the product is (title, brand, category,
// price, tags, attributes, description) and, first, what the shop shows for the field now.
QString productFactsHtml(const Product& product, const QString& fieldLabel, const std::string& shopCopy);

}  // namespace copydesk::ui
