#include "core/experiments/normal_quantile.h"

#include <boost/math/distributions/normal.hpp>
#include <cmath>

namespace copydesk {

double twoSidedNormalQuantile(double alpha) {
  return boost::math::quantile(boost::math::complement(boost::math::normal(), alpha / 2.0));
}

double normalQuantile(double probability) { return boost::math::quantile(boost::math::normal(), probability); }

double twoSidedNormalP(double z) {
  // The complement keeps precision far in the tail (1 - cdf would round to 0 past z ≈ 8).
  return 2.0 * boost::math::cdf(boost::math::complement(boost::math::normal(), std::fabs(z)));
}

}  // namespace copydesk
