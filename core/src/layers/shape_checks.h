#pragma once
// Internal helpers shared by the layer implementations: input-shape checks with clear messages.
#include <string>

#include "alexnet/core/shape.h"

namespace alexnet::detail {

// Throws ShapeError "<layer>: expected <what>, got [..]" unless `in` has `rank` dimensions.
void requireRank(const Shape& in, std::size_t rank, const std::string& layer, const std::string& what);

// floor((size + 2·padding − kernel) / stride) + 1, or ShapeError if the window does not fit.
std::int64_t pooledSize(std::int64_t size, std::int64_t kernel, std::int64_t stride, std::int64_t padding,
                        const std::string& layer, const Shape& in);

}  // namespace alexnet::detail
