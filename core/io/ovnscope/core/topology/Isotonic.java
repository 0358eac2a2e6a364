package io.ovnscope.core.topology;

/**
 * Weighted least-squares fit of a non-decreasing sequence (pool adjacent violators), linear time. The layout
 * uses it to place a layer's boxes as near their targets as the order and the gaps allow; heavier boxes move
 * less.
 */
final class Isotonic {
    private Isotonic() {
    }

    static double[] fit(double[] values, double[] weights) {
        int n = values.length;
        double[] sum = new double[n];
        double[] weight = new double[n];
        int[] count = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            sum[blocks] = values[i] * weights[i];
            weight[blocks] = weights[i];
            count[blocks] = 1;
            blocks++;
            while (blocks > 1 && sum[blocks - 2] / weight[blocks - 2] > sum[blocks - 1] / weight[blocks - 1]) {
                sum[blocks - 2] += sum[blocks - 1];
                weight[blocks - 2] += weight[blocks - 1];
                count[blocks - 2] += count[blocks - 1];
                blocks--;
            }
        }
        double[] fitted = new double[n];
        int at = 0;
        for (int b = 0; b < blocks; b++) {
            double mean = sum[b] / weight[b];
            for (int k = 0; k < count[b]; k++) {
                fitted[at++] = mean;
            }
        }
        return fitted;
    }
}
