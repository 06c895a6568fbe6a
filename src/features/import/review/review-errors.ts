import { createContext, useContext } from 'react';

/** The review's refused fields by path ("facts.2.value"), in the current language. */
export const ReviewErrors = createContext<ReadonlyMap<string, string>>(new Map());

export function useFieldError(path: string): string | undefined {
  return useContext(ReviewErrors).get(path);
}

/** The id an input carries, so the error summary can link to it. */
export const inputIdOf = (path: string) => `review-${path.replace(/[^\w-]/g, '-')}`;
