"""The cross-check cases: each layer of CNNLab against PyTorch, forward and every backward gradient.

A case is the `cnnlab layer` command line, the arrays it reads, and what PyTorch computes from
them (float64, so that the tolerances measure the algorithms, not the rounding). `make crosscheck`
writes the fixed cases into tools/crosscheck/fixtures/ (committed: CI checks them without PyTorch)
and a larger random sweep into a temporary folder; tools/crosscheck/check.py runs cnnlab on both.
"""
import numpy as np
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)

# Tolerances, stated once: |cnnlab − torch| ≤ atol + rtol·|torch| element by element.
EXACT = {"rtol": 1e-9, "atol": 1e-10}      # the same sums in another order
ADAGRAD = {"rtol": 1e-6, "atol": 1e-9}     # ε inside (CNNLab, min-char-rnn) or outside (PyTorch) the √


def t(a, grad=True):
    return torch.tensor(a, dtype=torch.float64, requires_grad=grad)


def backward(output, grad_output, tensors):
    """The gradients of <output, grad_output> with respect to `tensors` (None where unused)."""
    grads = torch.autograd.grad(output, tensors, grad_outputs=grad_output, allow_unused=True)
    return [None if g is None else g.detach().numpy() for g in grads]


def same_pads(size, kernel, stride):
    """TensorFlow's 'same': O = ⌈D/S⌉, total T = max((O − 1)·S + F − D, 0), the odd cell after."""
    out = -(-size // stride)
    total = max((out - 1) * stride + kernel - size, 0)
    return total // 2, total - total // 2


def conv_case(name, rng, dims, batch, channels, filters, size, kernel, stride, padding, mode, bias, flip=False):
    """conv1d (dims = 1) or conv2d (dims = 2): torch pads with F.pad, then a valid convolution."""
    x = rng.standard_normal((batch, channels) + (size,) * dims)
    w = rng.standard_normal((filters, channels) + (kernel,) * dims)
    b = rng.standard_normal(filters) if bias else None
    strides = (stride,) * dims
    if padding == "valid":
        pads = [(0, 0)] * dims
    elif padding == "same":
        pads = [same_pads(size, kernel, stride)] * dims
    elif padding == "full":
        pads = [(kernel - 1, kernel - 1)] * dims
    else:
        pads = [(int(padding), int(padding))] * dims
    xt, wt = t(x), t(w)
    bt = t(b) if bias else None
    flat = [p for pair in reversed(pads) for p in pair]   # F.pad: last axis first
    torch_mode = {"zero": "constant", "reflect": "reflect", "replicate": "replicate", "circular": "circular"}[mode]
    padded = F.pad(xt, flat, mode=torch_mode) if any(flat) else xt
    kernel_used = torch.flip(wt, dims=list(range(2, 2 + dims))) if flip else wt
    conv = F.conv1d if dims == 1 else F.conv2d
    y = conv(padded, kernel_used, bt, stride=strides)
    dy = rng.standard_normal(tuple(y.shape))
    grads = backward(y, torch.tensor(dy), [xt, wt] + ([bt] if bias else []))
    expected = {"output": y.detach().numpy(), "grad_input": grads[0], "grad_weight": grads[1]}
    if bias:
        expected["grad_bias"] = grads[2]
    args = ["--stride", str(stride), "--padding", str(padding), "--pad-mode", mode] + (["--flip"] if flip else [])
    arrays = {"input": x, "kernel": w, "grad-output": dy} | ({"bias": b} if bias else {})
    return dict(name=name, op="conv%dd" % dims, args=args, arrays=arrays, expected=expected, tolerance=EXACT,
                note="PyTorch: F.pad (%s) then a valid F.conv%dd%s" % (torch_mode, dims, ", kernel flipped" if flip else ""))


def pool_case(name, rng, kind, batch, channels, size, window, stride, padding, ceil):
    x = rng.standard_normal((batch, channels, size, size))
    xt = t(x)
    if kind == "max":
        y = F.max_pool2d(xt, window, stride, padding, ceil_mode=ceil)
    else:
        y = F.avg_pool2d(xt, window, stride, padding, ceil_mode=ceil, count_include_pad=False)
    dy = rng.standard_normal(tuple(y.shape))
    (dx,) = backward(y, torch.tensor(dy), [xt])
    args = ["--kind", kind, "--size", str(window), "--stride", str(stride), "--padding", str(padding)] + (["--ceil"] if ceil else [])
    return dict(name=name, op="pool2d", args=args, arrays={"input": x, "grad-output": dy},
                expected={"output": y.detach().numpy(), "grad_input": dx}, tolerance=EXACT,
                note="PyTorch: F.%s_pool2d%s" % (kind if kind == "max" else "avg",
                                                ", count_include_pad=False (a mean averages the cells it covers)" if kind == "mean" else ""))


def dense_case(name, rng, batch, inputs, outputs, bias):
    x, w = rng.standard_normal((batch, inputs)), rng.standard_normal((outputs, inputs))
    b = rng.standard_normal(outputs) if bias else None
    xt, wt = t(x), t(w)
    bt = t(b) if bias else None
    y = F.linear(xt, wt, bt)
    dy = rng.standard_normal(tuple(y.shape))
    grads = backward(y, torch.tensor(dy), [xt, wt] + ([bt] if bias else []))
    expected = {"output": y.detach().numpy(), "grad_input": grads[0], "grad_weight": grads[1]}
    if bias:
        expected["grad_bias"] = grads[2]
    arrays = {"input": x, "kernel": w, "grad-output": dy} | ({"bias": b} if bias else {})
    return dict(name=name, op="dense", args=[], arrays=arrays, expected=expected, tolerance=EXACT, note="PyTorch: F.linear")


def activation_case(name, rng, op, shape, slope=0.01):
    x = rng.standard_normal(shape) * 3
    xt = t(x)
    function = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": F.relu,
                "leaky-relu": lambda z: F.leaky_relu(z, slope)}[op]
    y = function(xt)
    dy = rng.standard_normal(shape)
    (dx,) = backward(y, torch.tensor(dy), [xt])
    args = ["--slope", repr(slope)] if op == "leaky-relu" else []
    return dict(name=name, op=op, args=args, arrays={"input": x, "grad-output": dy},
                expected={"output": y.detach().numpy(), "grad_input": dx}, tolerance=EXACT, note="PyTorch: " + op)


def cross_entropy_case(name, rng, batch, classes, soft):
    z = rng.standard_normal((batch, classes)) * 2
    if soft:
        target = rng.random((batch, classes))
        target /= target.sum(axis=1, keepdims=True)
    else:
        target = np.eye(classes)[rng.integers(0, classes, batch)]
    zt = t(z)
    loss = F.cross_entropy(zt, torch.tensor(target))
    (dz,) = backward(loss, torch.tensor(1.0), [zt])
    return dict(name=name, op="softmax-cross-entropy", args=[], arrays={"input": z, "target": target},
                expected={"output": loss.detach().numpy(), "grad_input": dz}, tolerance=EXACT,
                note="PyTorch: F.cross_entropy with %s targets, mean over the batch" % ("probability" if soft else "one-hot"))


def batchnorm_case(name, rng, shape, training, keep=0.9, eps=1e-5):
    channels = shape[1]
    x = rng.standard_normal(shape) * 2 + 1
    gamma, beta = rng.standard_normal(channels), rng.standard_normal(channels)
    mean, var = rng.standard_normal(channels), rng.random(channels) + 0.5
    xt, gt, bt = t(x), t(gamma), t(beta)
    running_mean, running_var = torch.tensor(mean), torch.tensor(var)
    y = F.batch_norm(xt, running_mean, running_var, gt, bt, training=training, momentum=1 - keep, eps=eps)
    arrays = {"input": x, "kernel": gamma, "bias": beta, "running-mean": mean, "running-var": var}
    args = ["--mode", "train" if training else "eval", "--keep", repr(keep), "--eps", repr(eps)]
    expected = {"output": y.detach().numpy()}
    if training:
        dy = rng.standard_normal(shape)
        dx, dg, db = backward(y, torch.tensor(dy), [xt, gt, bt])
        arrays["grad-output"] = dy
        expected |= {"grad_input": dx, "grad_weight": dg, "grad_bias": db,
                     "running_mean": running_mean.numpy(), "running_var": running_var.numpy()}
    return dict(name=name, op="batchnorm", args=args, arrays=arrays, expected=expected, tolerance=EXACT,
                note="PyTorch: F.batch_norm, training=%s, momentum = 1 − keep (running variance unbiased)" % training)


def dropout_case(name, rng, shape, rate):
    x, dy = rng.standard_normal(shape), rng.standard_normal(shape)
    mask = (rng.random(shape) >= rate).astype(np.float64)
    xt = t(x)
    # PyTorch's dropout draws its own mask; with a given mask its training pass is x·m/(1 − p).
    y = xt * torch.tensor(mask) / (1 - rate)
    (dx,) = backward(y, torch.tensor(dy), [xt])
    return dict(name=name, op="dropout", args=["--rate", repr(rate)], arrays={"input": x, "mask": mask, "grad-output": dy},
                expected={"output": y.detach().numpy(), "grad_input": dx}, tolerance=EXACT,
                note="PyTorch: x·m/(1 − p), F.dropout's training pass with the mask given")


def optimizer_case(name, rng, op, shape, lr, steps, beta1=0.9, beta2=0.999):
    theta, gradient = rng.standard_normal(shape), rng.standard_normal(shape)
    parameter = torch.nn.Parameter(torch.tensor(theta))
    optimizer = {"sgd": lambda p: torch.optim.SGD(p, lr=lr),
                 "momentum": lambda p: torch.optim.SGD(p, lr=lr, momentum=beta1),
                 "adagrad": lambda p: torch.optim.Adagrad(p, lr=lr, eps=1e-8),
                 "adam": lambda p: torch.optim.Adam(p, lr=lr, betas=(beta1, beta2), eps=1e-8)}[op]([parameter])
    for _ in range(steps):
        parameter.grad = torch.tensor(gradient)
        optimizer.step()
    args = ["--lr", repr(lr), "--steps", str(steps), "--beta1", repr(beta1), "--beta2", repr(beta2)]
    return dict(name=name, op=op, args=args, arrays={"input": theta, "grad-output": gradient},
                expected={"output": parameter.detach().numpy()}, tolerance=ADAGRAD if op == "adagrad" else EXACT,
                note="PyTorch: torch.optim, %d steps with the same gradient" % steps)


def fixed_cases():
    """The committed cases: every operation, every padding mode and rule, both pooling roundings."""
    rng = np.random.default_rng(2026)
    cases = [
        conv_case("conv1d-valid-stride1", rng, 1, 2, 3, 4, 9, 3, 1, "valid", "zero", True),
        conv_case("conv1d-same-stride2-reflect", rng, 1, 2, 2, 3, 10, 3, 2, "same", "reflect", True),
        conv_case("conv1d-full-flip", rng, 1, 1, 2, 2, 7, 4, 1, "full", "zero", False, flip=True),
        conv_case("conv2d-valid-stride1", rng, 2, 2, 3, 4, 7, 3, 1, "valid", "zero", True),
        conv_case("conv2d-pad1-stride2", rng, 2, 2, 2, 3, 7, 3, 2, "1", "zero", True),
        conv_case("conv2d-same-stride1-zero", rng, 2, 2, 3, 2, 6, 4, 1, "same", "zero", True),
        conv_case("conv2d-same-stride2-1x1-unread", rng, 2, 1, 3, 2, 8, 1, 2, "same", "zero", True),
        conv_case("conv2d-same-stride3-reflect-unread", rng, 2, 1, 2, 2, 8, 2, 3, "same", "reflect", False),
        conv_case("conv2d-same-replicate", rng, 2, 2, 2, 3, 6, 3, 1, "same", "replicate", True),
        conv_case("conv2d-same-circular", rng, 2, 2, 2, 3, 6, 3, 1, "same", "circular", True),
        conv_case("conv2d-full", rng, 2, 1, 2, 2, 5, 3, 1, "full", "zero", True),
        conv_case("conv2d-flip-stride2", rng, 2, 1, 2, 2, 9, 3, 2, "valid", "zero", True, flip=True),
        pool_case("maxpool-2x2-s2", rng, "max", 2, 3, 8, 2, 2, 0, False),
        pool_case("maxpool-3x3-s2-pad1", rng, "max", 1, 2, 7, 3, 2, 1, False),
        pool_case("maxpool-3x3-s2-ceil", rng, "max", 1, 2, 8, 3, 2, 0, True),
        pool_case("meanpool-2x2-s2", rng, "mean", 2, 2, 6, 2, 2, 0, False),
        pool_case("meanpool-3x3-s2-pad1", rng, "mean", 1, 2, 7, 3, 2, 1, False),
        pool_case("meanpool-2x2-s2-ceil", rng, "mean", 1, 1, 7, 2, 2, 0, True),
        dense_case("dense-bias", rng, 4, 6, 3, True),
        dense_case("dense-no-bias", rng, 3, 5, 2, False),
        activation_case("sigmoid", rng, "sigmoid", (3, 5)),
        activation_case("tanh", rng, "tanh", (2, 3, 4)),
        activation_case("relu", rng, "relu", (4, 5)),
        activation_case("leaky-relu", rng, "leaky-relu", (4, 5), slope=0.1),
        cross_entropy_case("softmax-ce-onehot", rng, 5, 4, False),
        cross_entropy_case("softmax-ce-soft", rng, 3, 6, True),
        batchnorm_case("batchnorm-train-vectors", rng, (6, 3), True),
        batchnorm_case("batchnorm-train-maps", rng, (4, 2, 3, 3), True),
        batchnorm_case("batchnorm-eval-maps", rng, (3, 2, 2, 2), False),
        dropout_case("dropout-half", rng, (4, 6), 0.5),
        optimizer_case("sgd-1-step", rng, "sgd", (3, 4), 0.1, 1),
        optimizer_case("momentum-3-steps", rng, "momentum", (3, 4), 0.1, 3),
        optimizer_case("adagrad-3-steps", rng, "adagrad", (5,), 0.1, 3),
        optimizer_case("adam-3-steps", rng, "adam", (2, 3), 0.01, 3),
        rnn_case("rnn-masse-window", rng, 4, 3, 4, True),
        rnn_case("rnn-window-from-h", rng, 7, 5, 9, False),
    ]
    return cases


def sweep_cases(seed, count):
    """Random shapes and settings, `count` cases of each layer family."""
    rng = np.random.default_rng(seed)
    cases = []
    for i in range(count):
        dims = int(rng.integers(1, 3))
        kernel, stride = int(rng.integers(1, 5)), int(rng.integers(1, 4))
        padding = str(rng.choice(["valid", "same", "full", "0", "1", "2"]))
        mode = str(rng.choice(["zero", "reflect", "replicate", "circular"]))
        if padding == "full" or padding.isdigit():
            mode = "zero" if padding == "full" else mode
        extra = {"valid": 0, "same": kernel, "full": 2 * kernel, "0": 0, "1": 2, "2": 4}[padding]
        size = int(rng.integers(max(kernel, 3), 10))
        if padding not in ("same",):
            # a size whose windows tile: (size + 2P − F) divisible by S
            pad_total = {"valid": 0, "full": 2 * (kernel - 1), "0": 0, "1": 2, "2": 4}[padding]
            size += (-(size + pad_total - kernel)) % stride
        if mode == "reflect" and padding not in ("valid", "0"):
            size = max(size, kernel + 2)
            if padding != "same":
                size += (-(size + {"1": 2, "2": 4}.get(padding, 0) - kernel)) % stride
        cases.append(conv_case("sweep-conv-%d" % i, rng, dims, int(rng.integers(1, 3)), int(rng.integers(1, 4)),
                               int(rng.integers(1, 5)), size, kernel, stride, padding, mode, bool(rng.integers(0, 2)),
                               flip=bool(rng.integers(0, 2))))
        window = int(rng.integers(1, 4))
        pool_padding = int(rng.integers(0, (window + 1) // 2))
        cases.append(pool_case("sweep-pool-%d" % i, rng, str(rng.choice(["max", "mean"])), int(rng.integers(1, 3)),
                               int(rng.integers(1, 3)), int(rng.integers(window + 1, 10)), window,
                               int(rng.integers(1, 4)), pool_padding, False))
        cases.append(dense_case("sweep-dense-%d" % i, rng, int(rng.integers(1, 5)), int(rng.integers(1, 8)),
                                int(rng.integers(1, 5)), bool(rng.integers(0, 2))))
        cases.append(batchnorm_case("sweep-batchnorm-%d" % i, rng, (int(rng.integers(2, 6)), int(rng.integers(1, 4))), True))
        cases.append(rnn_case("sweep-rnn-%d" % i, rng, int(rng.integers(2, 8)), int(rng.integers(1, 6)),
                              int(rng.integers(1, 12)), bool(rng.integers(0, 2))))
    return cases


def rnn_case(name, rng, vocabulary, hidden, steps, start_zero):
    """One window of min-char-rnn: h_t = tanh(Wxh·x_t + Whh·h_{t−1} + bh), p_t = softmax(Why·h_t + by),
    L = Σ_t −log p_t[target_t]; torch's autograd gives BPTT's gradients."""
    inputs, targets = rng.integers(0, vocabulary, steps), rng.integers(0, vocabulary, steps)
    shapes = {"wxh": (hidden, vocabulary), "whh": (hidden, hidden), "why": (vocabulary, hidden), "bh": (hidden,), "by": (vocabulary,)}
    values = {k: rng.standard_normal(s) * 0.5 for k, s in shapes.items()}
    h0 = np.zeros(hidden) if start_zero else rng.standard_normal(hidden) * 0.5
    p = {k: t(v) for k, v in values.items()}
    h, loss, states = torch.tensor(h0), torch.tensor(0.0), []
    for x, y in zip(inputs, targets):
        h = torch.tanh(p["wxh"][:, int(x)] + p["whh"] @ h + p["bh"])
        states.append(h)
        loss = loss + F.cross_entropy((p["why"] @ h + p["by"]).unsqueeze(0), torch.tensor([int(y)]))
    grads = backward(loss, torch.tensor(1.0), [p[k] for k in shapes])
    expected = {"output": loss.detach().numpy(), "hidden_states": torch.stack(states).detach().numpy()}
    expected |= {"grad_" + k: g for k, g in zip(shapes, grads)}
    arrays = {"input": inputs.astype(np.float64), "target": targets.astype(np.float64)} | values
    if not start_zero:
        arrays["hidden-state"] = h0
    return dict(name=name, op="rnn", args=[], arrays=arrays, expected=expected, tolerance=EXACT,
                note="PyTorch: the recurrence unrolled by hand, autograd for BPTT")
