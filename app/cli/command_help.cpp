#include "cli/command_help.h"

#include <algorithm>
#include <map>

namespace alexnet::cli {

namespace {

const char* const kModelOptions =
    "  --model M          lenet | alexnet | alexnet2012 (required unless --weights/--resume names a file or id)\n"
    "  --model-file FILE  a network written as PyTorch nn.Sequential code instead of --model (parsed, never run)\n"
    "  --input-size S     square input side; shapes are inferred (default: 28 LeNet, 224 AlexNet)\n"
    "  --widths W         AlexNet c1,c2,c3,c4,c5,f1,f2 (default 96,256,384,384,256,4096,4096)\n"
    "  --seed S           initialisation, dropout and shuffling seed (default 0)\n"
    "  --threads T        CPU threads (default: all cores)\n";

const std::map<std::string, std::string>& table() {
  static const std::map<std::string, std::string> help{
      {"shapes", std::string("usage: alexnet-lab shapes --model M [options]\n"
                             "The d2l shape table: every layer's output shape, parameters and FLOPs.\n") +
                     kModelOptions +
                     "  --json             one JSON list of {index, name, type, output_shape, params, flops}\n"},
      {"train", std::string("usage: alexnet-lab train --model M [options]\n"
                            "       alexnet-lab train --resume CKPT|ID [--epochs E]\n"
                            "Trains on Fashion-MNIST (d2l's train_ch6) and saves checkpoints and a CSV log.\n") +
                    kModelOptions +
                    "  --epochs E         total epochs (default 10; with --resume the total, not more)\n"
                    "  --lr LR            learning rate (default 0.9 LeNet, 0.01 AlexNet: d2l's)\n"
                    "  --batch B          minibatch size (default 256 LeNet, 128 AlexNet)\n"
                    "  --momentum M       SGD momentum in [0, 1) (default 0, as d2l)\n"
                    "  --weight-decay W   L2 weight decay (default 0)\n"
                    "  --lr-schedule S    constant | cosine, applied per epoch (default constant)\n"
                    "  --limit N          training images (default 0 = all 60,000)\n"
                    "  --test-limit N     test images (default: the same as --limit; 0 = all 10,000)\n"
                    "  --data DIR         Fashion-MNIST IDX files (default /usr/share/datasets/fashion-mnist)\n"
                    "  --out CKPT         checkpoint (default: the runs folder, MODEL_DATE_TIME.safetensors)\n"
                    "  --log CSV          metrics log (default: beside the checkpoint, NAME.csv)\n"
                    "  --resume CKPT|ID   continue a run: model, recipe, momentum and position from the file\n"
                    "  --checkpoint-every SECONDS  also checkpoint mid-epoch this often (default 600; 0 = epoch ends)\n"
                    "  --reports-per-epoch N       chart points (log rows) per epoch (default 5)\n"},
      {"evaluate", std::string("usage: alexnet-lab evaluate --weights CKPT|ID [options]\n"
                               "Test accuracy and loss of a checkpoint on the Fashion-MNIST test set.\n") +
                       "  --weights CKPT|ID  a checkpoint file or a weights-library id (alexnet-lab weights)\n" +
                       kModelOptions +
                       "  --data DIR         Fashion-MNIST IDX files (default /usr/share/datasets/fashion-mnist)\n"
                       "  --limit N          test images (default 0 = all 10,000)\n"
                       "  --batch B          evaluation batch (default 256)\n"
                       "  --json             {\"model\", \"test_accuracy\", \"test_loss\", \"examples\"}\n"},
      {"inspect",
       std::string("usage: alexnet-lab inspect (--model M | --weights CKPT|ID) (--image F | --sample K | --tensor F)\n"
                   "Runs the network layer by layer on one input and reports or dumps every layer's output.\n") +
           kModelOptions +
           "  --weights CKPT|ID  trained weights (default: untrained Xavier weights with --seed)\n"
           "  --image FILE       a picture (PNG, JPEG, BMP, …), preprocessed as the GUI does\n"
           "  --sample K         the K-th Fashion-MNIST test image\n"
           "  --tensor FILE      the tensor 'input' of a safetensors file (N×C×H×W F32)\n"
           "  --data DIR         Fashion-MNIST IDX files, for --sample\n"
           "  --dump OUT         safetensors with input, out.<i> per layer and probs\n"
           "  --png DIR          input.png and one feature-map grid per layer\n"
           "  --json             per-layer shapes and statistics, prediction, probabilities\n"},
      {"bench", std::string("usage: alexnet-lab bench --model M [options]\n"
                            "Times the forward pass (batch 1 and a batch), training steps and every layer.\n") +
                    kModelOptions +
                    "  --batch B          training batch with --train (default 128)\n"
                    "  --forward-batch B  throughput batch (default 32)\n"
                    "  --repeats R        timed repetitions (default: per measurement)\n"
                    "  --train            also time training steps\n"
                    "  --json             one JSON object (PRODUCT.md §3)\n"},
      {"weights",
       "usage: alexnet-lab weights [--json] [--check]\n"
       "The weights library: bundled trained networks and your runs, with the ids --weights accepts.\n"
       "  --json             {\"weights\": [{id, model, input_size, widths, source, epochs,\n"
       "                     test_accuracy, command, path, created}, …]}\n"
       "  --check            recompute each bundled file's SHA-256 against the manifest (exit 1 on a mismatch)\n"
       "Runs folder: $ALEXNET_RUNS_DIR, else $XDG_DATA_HOME/alexnet-lab/runs, else ~/.local/share/alexnet-lab/runs.\n"},
      {"explain",
       std::string(
           "usage: alexnet-lab explain occlusion (--model M --weights W | --weights ID) (--image F | --sample K)\n"
           "                               [--patch P] [--stride S] [--fill V] [--class C] [--json] [--png F]\n"
           "       alexnet-lab explain maximize (--model M --weights W | --weights ID) --layer I --channel C\n"
           "                               [--steps N] [--dump F] [--png F] [--json]\n"
           "What a trained network looks at and responds to.\n"
           "occlusion (Zeiler & Fergus 2014): map[i][j] = p_c(x) - p_c(x with the PxP square at (i*S, j*S) set to V),\n"
           "           on the model input\n"
           "maximize:  gradient ascent on the model input, in [0, 1], for the spatial mean of one channel\n") +
           kModelOptions +
           "  --weights CKPT|ID  trained weights (a file with --model, or a weights-library id)\n"
           "  --data DIR         Fashion-MNIST IDX files (--sample; maximize: the test image that drives the channel\n"
           "                     hardest)\n"
           "  --json             occlusion: {\"class\", \"patch\", \"stride\", \"map\", …}; maximize: {layer, channel, steps,\n"
           "                     seed, activation, best_test_image, …}\n"
           "  --png F            occlusion: the input beside the input with the map over it (viridis);\n"
           "                     maximize: the input as a picture\n"
           "occlusion:\n"
           "  --image FILE       a picture (PNG, JPEG, BMP, …), preprocessed as the GUI does\n"
           "  --sample K         the K-th Fashion-MNIST test image\n"
           "  --patch P          side of the occluding square (default: 4 at 28 pixels, 32 at 224)\n"
           "  --stride S         step between squares (default: 2 at 28 pixels, 8 at 224)\n"
           "  --fill V           value of the occluded pixels, in model-input units (default 0)\n"
           "  --class C          class whose probability drop is mapped (default: the predicted one)\n"
           "  --batch B          occluded copies per forward pass (default 32)\n"
           "maximize:\n"
           "  --layer I          the layer whose output is maximized (index as in alexnet-lab shapes)\n"
           "  --channel C        its channel (or unit, for a dense layer)\n"
           "  --steps N          gradient-ascent steps (default 200)\n"
           "  --lr LR            step per pixel relative to the gradient's RMS (default 0.05)\n"
           "  --jitter P         random shift of up to P pixels each step (default 1; 0 = none)\n"
           "  --blur-every K     Gaussian blur every K steps (default 4; 0 = never)\n"
           "  --test-limit N     test images compared (default 0 = all 10,000)\n"
           "  --dump F           safetensors with the tensor 'input' (1×C×H×W F32)\n"
           "The seed (--seed) picks maximize's starting noise and jitter: the same seed gives the same input.\n"},
  };
  return help;
}

std::size_t editDistance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::optional<std::string> commandHelp(const std::string& command) {
  auto it = table().find(command);
  if (it == table().end()) return std::nullopt;
  return it->second;
}

std::vector<std::string> commandNames() { return {"shapes", "train", "evaluate", "inspect", "bench", "weights", "explain"}; }

std::optional<std::string> nearestWord(const std::string& word, const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  std::size_t bestDistance = 0;
  for (const std::string& candidate : candidates) {
    const std::size_t d = editDistance(word, candidate);
    if (!best || d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (!best || bestDistance > std::max<std::size_t>(2, word.size() / 3)) return std::nullopt;
  return best;
}

}  // namespace alexnet::cli
