import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** One action offered with the message, such as undoing what was just done. */
  action?: { label: string; run: () => void | Promise<void> };
}

interface ToastState {
  toast: Toast | null;
  show: (toast: Omit<Toast, 'id'>) => void;
  dismiss: (id?: number) => void;
}

let nextId = 1;

/** The one message at the foot of every page ("Đã xóa… Hoàn tác"); a new one replaces it. */
export const useToastStore = create<ToastState>((set, get) => ({
  toast: null,
  show: (toast) => set({ toast: { ...toast, id: nextId++ } }),
  dismiss: (id) => {
    if (id === undefined || get().toast?.id === id) set({ toast: null });
  },
}));
