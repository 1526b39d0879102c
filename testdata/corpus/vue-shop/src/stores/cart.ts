import { defineStore } from "pinia";

export interface CartLine {
  sku: string;
  name: string;
  qty: number;
  priceOre: number;
}

const LAST_ORDER_KEY = "vipps_last_order_reference";

export const useCartStore = defineStore("cart", {
  state: () => ({
    lines: JSON.parse(localStorage.getItem("cart") ?? "[]") as CartLine[],
    lastVippsReference: localStorage.getItem(LAST_ORDER_KEY),
  }),
  getters: {
    totalOre: (s) => s.lines.reduce((sum, l) => sum + l.qty * l.priceOre, 0),
  },
  actions: {
    add(line: CartLine) {
      const existing = this.lines.find((l) => l.sku === line.sku);
      if (existing) existing.qty += line.qty;
      else this.lines.push(line);
      localStorage.setItem("cart", JSON.stringify(this.lines));
    },
    rememberVippsOrder(reference: string) {
      // the order reference (a UUID) is shown on the receipt page after the Vipps redirect
      this.lastVippsReference = reference;
      localStorage.setItem(LAST_ORDER_KEY, reference);
      sessionStorage.setItem("vipps_pending", "1");
    },
    clear() {
      this.lines = [];
      localStorage.removeItem("cart");
    },
  },
});

// e.g. rememberVippsOrder("f57a8ff7-adf9-4ab1-9a56-a6910cb76f8f")
