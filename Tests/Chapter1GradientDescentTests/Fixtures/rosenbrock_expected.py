"""Expected values for the Rosenbrock tests of chapter 1, computed once with numpy.

The deck's pathological case ("Apprentissage profond" ≈ slides 34–35): gradient descent on
f(x, y) = (1 − x)² + 100(y − x²)² from (−1.2, 1) with the fixed step μ = 1e-3, 10,000 iterations;
where each stopping test of slide 32 stops that run (denominators max{1, ·}); then how many
iterations the fixed step and an Armijo backtracking line search (t from 1, ×0.5 until
f(θ − t∇f) ≤ f(θ) − c·t·‖∇f‖², c = 0.3) need to come within 1e-6 of (1, 1).

Run `python3 rosenbrock_expected.py > rosenbrock.json` in this folder to regenerate the fixture.
"""
import json

import numpy as np


def f(p):
    x, y = p
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2


def grad(p):
    x, y = p
    return np.array([-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)])


START = np.array([-1.2, 1.0])
TARGET = np.array([1.0, 1.0])

points = [START.copy()]
for _ in range(10_000):
    points.append(points[-1] - 1e-3 * grad(points[-1]))
points = np.array(points)
fixed_end, fixed_value = points[-1], f(points[-1])

# Slide 32's quantities at every iterate k (the change tests from k = 1).
values = np.array([f(p) for p in points])
change = np.abs(np.diff(values))
step = np.linalg.norm(np.diff(points, axis=0), axis=1)
quantities = {
    "gradient": np.array([np.linalg.norm(grad(p)) for p in points]),
    "objective": np.concatenate([[np.inf], change]),
    "relative_objective": np.concatenate([[np.inf], change / np.maximum(1, np.abs(values[:-1]))]),
    "iterate": np.concatenate([[np.inf], step]),
    "relative_iterate": np.concatenate([[np.inf], step / np.maximum(1, np.linalg.norm(points[:-1], axis=1))]),
}
TESTS = [("gradient", 1e-2), ("objective", 1e-2), ("objective", 1e-6), ("relative_objective", 1e-6),
         ("iterate", 1e-5), ("relative_iterate", 1e-5)]
stops = [{"test": name, "tolerance": tolerance,
          "iteration": int(np.argmax(quantities[name] < tolerance))} for name, tolerance in TESTS]

p, fixed_iterations = START.copy(), 0
while np.linalg.norm(p - TARGET) >= 1e-6:
    p = p - 1e-3 * grad(p)
    fixed_iterations += 1

p, backtracking_iterations = START.copy(), 0
while np.linalg.norm(p - TARGET) >= 1e-6:
    g, value = grad(p), f(p)
    slope, t = g[0] * g[0] + g[1] * g[1], 1.0
    while not f(p - t * g) <= value - 0.3 * t * slope:
        t *= 0.5
    p = p - t * g
    backtracking_iterations += 1

print(json.dumps({
    "fixed_10k_point": fixed_end.tolist(),
    "fixed_10k_value": fixed_value,
    "stopping_tests": stops,
    "fixed_iterations_to_1e-6": fixed_iterations,
    "backtracking_iterations_to_1e-6": backtracking_iterations,
    "backtracking_point": p.tolist(),
}, indent=2))
