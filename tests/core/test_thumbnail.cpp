// thumbnail (data/thumbnail.h): sizes, aspect ratio and the area mean, worked by hand.
#include "alexnet/core/data/thumbnail.h"

#include <gtest/gtest.h>

namespace alexnet {
namespace {

TEST(Thumbnail, AFittingImageIsReturnedAsItIs) {
  Tensor image(Shape{1, 3, 20, 30}, 0.25f);
  const Tensor small = thumbnail(image, 30);
  EXPECT_EQ(small.shape(), (Shape{1, 3, 20, 30}));
  EXPECT_FLOAT_EQ(small[599], 0.25f);
}

TEST(Thumbnail, EachPixelIsTheMeanOfItsBox) {
  // 1 channel, 2 x 4 → maxSide 2: scale 1/2, output 1 x 2; boxes are columns {0,1} and {2,3}.
  //   row 0: 1 2 3 4
  //   row 1: 5 6 7 8     left box (1+2+5+6)/4 = 3.5, right box (3+4+7+8)/4 = 5.5
  Tensor image(Shape{1, 1, 2, 4}, {1, 2, 3, 4, 5, 6, 7, 8});
  const Tensor small = thumbnail(image, 2);
  ASSERT_EQ(small.shape(), (Shape{1, 1, 1, 2}));
  EXPECT_FLOAT_EQ(small[0], 3.5f);
  EXPECT_FLOAT_EQ(small[1], 5.5f);
}

TEST(Thumbnail, KeepsTheAspectRatioAndEveryChannel) {
  Tensor image(Shape{1, 3, 1000, 1500});
  for (std::int64_t c = 0; c < 3; ++c)
    for (std::int64_t i = 0; i < 1000 * 1500; ++i) image[c * 1000 * 1500 + i] = float(c);
  const Tensor small = thumbnail(image, 60);
  EXPECT_EQ(small.shape(), (Shape{1, 3, 40, 60}));
  EXPECT_FLOAT_EQ(small[0], 0.0f);
  EXPECT_FLOAT_EQ(small[40 * 60 + 5], 1.0f);
  EXPECT_FLOAT_EQ(small[2 * 40 * 60 + 2399], 2.0f);
  // A very thin image keeps at least one pixel across.
  EXPECT_EQ(thumbnail(Tensor(Shape{1, 1, 1, 500}), 50).shape(), (Shape{1, 1, 1, 50}));
}

TEST(Thumbnail, RefusesWhatIsNotAnImage) {
  EXPECT_THROW(thumbnail(Tensor(Shape{3, 4}), 2), std::invalid_argument);
  EXPECT_THROW(thumbnail(Tensor(Shape{1, 1, 4, 4}), 0), std::invalid_argument);
}

}  // namespace
}  // namespace alexnet
