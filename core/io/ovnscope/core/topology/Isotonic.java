package io.ovnscope.core.topology;

/**
 * Least-squares fit of a non-decreasing sequence (pool adjacent violators), linear time. The layout uses it to
 * place a layer's boxes as near their targets as the order and the gaps allow.
 */
final class Isotonic {
    private Isotonic() {
    }

    static double[] fit(double[] values) {
        int n = values.length;
        double[] sum = new double[n];
        int[] count = new int[n];
        int blocks = 0;
        for (double value : values) {
            sum[blocks] = value;
            count[blocks] = 1;
            blocks++;
            while (blocks > 1 && sum[blocks - 2] / count[blocks - 2] > sum[blocks - 1] / count[blocks - 1]) {
                sum[blocks - 2] += sum[blocks - 1];
                count[blocks - 2] += count[blocks - 1];
                blocks--;
            }
        }
        double[] fitted = new double[n];
        int at = 0;
        for (int b = 0; b < blocks; b++) {
            double mean = sum[b] / count[b];
            for (int k = 0; k < count[b]; k++) {
                fitted[at++] = mean;
            }
        }
        return fitted;
    }
}
