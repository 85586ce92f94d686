import type { Locator, Page } from 'playwright-core';

/**
 * Counts what a person does in the page: each click, each field filled, each choice, each key
 * pressed is one action, so a test can hold a task to a number of steps.
 */
export class Actions {
  count = 0;
  constructor(private readonly page: Page) {}
  async click(target: Locator): Promise<void> {
    this.count++;
    await target.click();
  }
  async type(target: Locator, text: string): Promise<void> {
    this.count++;
    await target.fill(text);
  }
  async choose(target: Locator, value: string): Promise<void> {
    this.count++;
    await target.selectOption(value);
  }
  async press(key: string): Promise<void> {
    this.count++;
    await this.page.keyboard.press(key);
  }
}
