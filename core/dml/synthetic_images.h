#pragma once

// A small built-in labelled "image" set for metric learning when Fashion-MNIST is not
// installed: each class is a random prototype vector of `width` values, and each item is its
// class's prototype plus Gaussian noise whose spread differs between classes (class c gets
// noise (spreadLow + (spreadHigh - spreadLow) * c / (classes - 1)) * N(0, 1) per value), passed
// through the logistic function so values lie in (0, 1) like pixels. The classes that differ
// in spread make distances differ per class, which is what the threshold-consistency measures
// detect. Same options, same sets, bit for bit.

#include "dml/idx_images.h"

namespace eg::dml {

struct SyntheticImageOptions
{
    int classes = 10;
    int width = 32;           // values per item (a 1 x width "image")
    int trainPerClass = 600;
    int testPerClass = 200;
    double spreadLow = 0.6;   // noise of class 0
    double spreadHigh = 1.6;  // noise of the last class
    quint64 seed = 7;
};

struct SyntheticImages
{
    ImageSet train;
    ImageSet test;
};

// Throws eg::Error when a count or the width is below 1, or classes < 2.
SyntheticImages makeSyntheticImages(const SyntheticImageOptions &options = {});

} // namespace eg::dml
